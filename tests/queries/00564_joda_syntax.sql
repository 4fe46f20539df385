-- formatDateTimeInJodaSyntax: runs of a letter are fields, their length the width (or short and
-- long text); 'quoted' text is literal and '' a quote.
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'G C Y YY YYYY x xx xxxx w ww e E EEE EEEE y yy yyy yyyy D DDD M MM MMM MMMM d dd a K KK h hh H HH k kk m mm s ss S SSS');
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 00:09:03', 'UTC'), 'a K h H k'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 12:09:03', 'UTC'), 'a K h H k'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 23:09:03', 'UTC'), 'a K h H k');
SELECT formatDateTimeInJodaSyntax(toDate32('1900-01-01'), 'G C Y yy x xx w e E y D M d'), formatDateTimeInJodaSyntax(toDate('2021-01-03'), 'x w e xxxx-ww-e'), formatDateTimeInJodaSyntax(toDate('2024-12-30'), 'xxxx ww YYYY yyyy');
SELECT formatDateTimeInJodaSyntax(toDateTime64('2024-05-07 18:09:03.123456', 6, 'UTC'), 'S SS SSS SSSS SSSSSS SSSSSSSS'), formatDateTimeInJodaSyntax(toDateTime64('2024-05-07 18:09:03.5', 1, 'UTC'), 'S SS SSS'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 18:09:03', 'UTC'), 'S SS SSS'), formatDateTimeInJodaSyntax(toDate('2024-05-07'), 'HH:mm:ss SSS');
SELECT formatDateTimeInJodaSyntax(toDateTime64('1969-12-31 23:59:59.25', 2, 'UTC'), 'yyyy-MM-dd HH:mm:ss SS'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'Asia/Kathmandu'), 'HH:mm'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'HH:mm', 'Asia/Kathmandu');
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'Asia/Kathmandu'), 'zzzz'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'e ee EEEEE MMMMM ddd HHH yyyyy YYYYY CC CCC GG GGGG D DD DDDD');
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), '''literal'' x'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'yyyy''''MM'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), '''it''''s'''), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'yyyy-MM-dd''T''HH:mm:ss'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), '');
SELECT formatDateTimeInJodaSyntax(toDate32('2299-12-31'), 'yyyy-MM-dd EEEE'), formatDateTimeInJodaSyntax(toDateTime(0, 'UTC'), 'yy y yyy'), formatDateTimeInJodaSyntax(toDate32('1905-01-01'), 'yy C'), formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03', 'UTC'), 'ä yyyy');
SELECT toTypeName(formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), 'yyyy')), formatDateTimeInJodaSyntax(NULL, 'yyyy'), formatDateTimeInJodaSyntax(toNullable(toDate('2024-01-01')), 'yyyy');
SELECT formatDateTimeInJodaSyntax(toDate('2024-01-01') + number, 'EEE dd MMM') FROM numbers(3);
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), 'z'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), 'Z'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), 'Q'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), 'unclosed ''quote'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), '''abc'); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), ''''''''); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTimeInJodaSyntax('2024-05-07', 'yyyy'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT formatDateTimeInJodaSyntax(toDateTime('2024-05-07 08:09:03'), materialize('yyyy')); -- { serverError ILLEGAL_COLUMN }

-- parseDateTimeInJodaSyntax: numbers of variable width (up to the field's), names in any case,
-- ISO week dates, 12-hour clocks, a zone named in the text; -OrNull and -OrZero.
SELECT parseDateTimeInJodaSyntax('2024-05-07 08:09:03', 'yyyy-MM-dd HH:mm:ss', 'UTC'), parseDateTimeInJodaSyntax('2024-5-7 8:9:3', 'yyyy-MM-dd HH:mm:ss', 'UTC'), parseDateTimeInJodaSyntax('24-05-07', 'yy-MM-dd', 'UTC');
SELECT parseDateTimeInJodaSyntax('2024057', 'yyyyMMdd', 'UTC'), parseDateTimeInJodaSyntax('20240507', 'yyyyMMdd', 'UTC'), parseDateTimeInJodaSyntax('07/May/2024:08:09:03', 'dd/MMM/yyyy:HH:mm:ss', 'UTC');
SELECT parseDateTimeInJodaSyntax('05/07/2024 08:09:03 pm', 'MM/dd/yyyy hh:mm:ss a', 'UTC'), parseDateTimeInJodaSyntax('may 7 2024', 'MMM d yyyy', 'UTC'), parseDateTimeInJodaSyntax('Tue 7 May 2024', 'EEE d MMMM yyyy', 'UTC'), parseDateTimeInJodaSyntax('Tuesday 2024 May 7', 'EEEE yyyy MMMM d', 'UTC');
SELECT parseDateTimeInJodaSyntax('2024-05-07 24:00:00', 'yyyy-MM-dd kk:mm:ss', 'UTC'), parseDateTimeInJodaSyntax('2024-05-07 12:00:00 AM', 'yyyy-MM-dd hh:mm:ss a', 'UTC'), parseDateTimeInJodaSyntax('2024-05-07 11:00:00 PM', 'yyyy-MM-dd KK:mm:ss a', 'UTC'), parseDateTimeInJodaSyntax('2024-05-07 08:09:03.123', 'yyyy-MM-dd HH:mm:ss.SSS', 'UTC');
SELECT parseDateTimeInJodaSyntax('2024-05-07 Asia/Kathmandu', 'yyyy-MM-dd zzzz', 'UTC'), parseDateTimeInJodaSyntax('2024-05-07', 'yyyy-MM-dd', 'Asia/Kathmandu'), toTypeName(parseDateTimeInJodaSyntax('2024-05-07', 'yyyy-MM-dd', 'Asia/Kathmandu'));
SELECT parseDateTimeInJodaSyntax('2024-05-07 08:09:03 +0545', 'yyyy-MM-dd HH:mm:ss Z', 'UTC'), parseDateTimeInJodaSyntax('2024-05-07 08:09:03 +0100', 'yyyy-MM-dd HH:mm:ss Z', 'Asia/Kathmandu'), parseDateTimeInJodaSyntax('2024-05-07 Asia/Kathmandu', 'yyyy-MM-dd z', 'UTC'), parseDateTimeInJodaSyntax('20 24 05 07', 'CC yy MM dd', 'UTC');
SELECT parseDateTimeInJodaSyntax('2024 19 2', 'xxxx ww e', 'UTC'), parseDateTimeInJodaSyntax('2024 128', 'yyyy DDD', 'UTC'), parseDateTimeInJodaSyntax('AD 2024', 'G yyyy', 'UTC');
SELECT parseDateTimeInJodaSyntax('2024', 'yyyy', 'UTC'), parseDateTimeInJodaSyntax('05', 'MM', 'UTC'), parseDateTimeInJodaSyntax('7', 'd', 'UTC'), parseDateTimeInJodaSyntax('', '', 'UTC'), parseDateTimeInJodaSyntax('2024T05', 'yyyy''T''MM', 'UTC'), parseDateTimeInJodaSyntax('2024''05', 'yyyy''''MM', 'UTC');
SELECT parseDateTimeInJodaSyntaxOrNull('2024-02-30', 'yyyy-MM-dd', 'UTC'), parseDateTimeInJodaSyntaxOrZero('2024-02-30', 'yyyy-MM-dd', 'UTC'), parseDateTimeInJodaSyntaxOrNull('x', 'yyyy', 'UTC'), parseDateTimeInJodaSyntaxOrNull(materialize('2024-05-07'), 'yyyy-MM-dd', 'UTC');
SELECT parseDateTimeInJodaSyntax(formatDateTimeInJodaSyntax(toDateTime('2024-01-01 00:00:00', 'UTC') + number * 100000, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss', 'UTC') FROM numbers(3);
SELECT parseDateTimeInJodaSyntax('24-05-07', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('1969-12-31', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-02-30', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-13-01', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05-07 24:00:00', 'yyyy-MM-dd HH:mm:ss'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05-07 08', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05', 'yyyy-MM-dd'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('x2024', 'yyyy'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05-07 60', 'yyyy-MM-dd mm'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('0', 'e'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05-07', 'yyyy-MM-dd Q'); -- { serverError NOT_IMPLEMENTED }
SELECT parseDateTimeInJodaSyntax('2024-05-07 08:09:03 -05:00', 'yyyy-MM-dd HH:mm:ss Z'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeInJodaSyntax('2024-05-07'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT parseDateTimeInJodaSyntax(materialize('2024-05-07'), materialize('yyyy-MM-dd')); -- { serverError ILLEGAL_COLUMN }
SELECT parseDateTimeInJodaSyntax(20240507, 'yyyyMMdd'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
