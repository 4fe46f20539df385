// Registers every built-in scalar function, once, at startup (and from tests, which may call
// it repeatedly).
#include "functions/registerFunctions.h"

#include <mutex>

namespace datastore::functions
{
void registerFunctions()
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        auto & factory = FunctionFactory::instance();
        registerFunctionsArithmetic(factory);
        registerFunctionsComparison(factory);
        registerFunctionsLogical(factory);
        registerFunctionIf(factory);
        registerFunctionsConversion(factory);
        registerFunctionsMisc(factory);
        registerFunctionsTesting(factory);
        registerFunctionsDateTime(factory);
        registerFunctionsMakeDate(factory);
        registerFunctionsParseDateTime(factory);
        registerFunctionFormat(factory);
        registerFunctionToValidUTF8(factory);
        registerFunctionToJSONString(factory);
        registerFunctionsSQLJSON(factory);
        registerFunctionNgrams(factory);
        registerFunctionsInitcap(factory);
        registerFunctionsQueryState(factory);
        registerFunctionsFormatReadable(factory);
        registerFunctionsReinterpret(factory);
        registerFunctionDateName(factory);
        registerFunctionTransform(factory);
        registerFunctionsStartOfSubsecond(factory);
        registerFunctionsString(factory);
        registerFunctionsHashing(factory);
        registerFunctionsFarmMetroHash(factory);
        registerFunctionMapPopulateSeries(factory);
        registerFunctionsRounding(factory);
        registerFunctionsArray(factory);
        registerFunctionsTuple(factory);
        registerFunctionsStringExtra(factory);
        registerFunctionsDateTimeExtra(factory);
        registerFunctionsTupleOfIntervals(factory);
        registerFunctionsJSON(factory);
        registerFunctionsVisitParam(factory);
        registerFunctionsURL(factory);
        registerFunctionsReplaceRegexp(factory);
        registerFunctionsStartOfInterval(factory);
        registerFunctionsToInterval(factory);
        registerFunctionsMath(factory);
        registerFunctionsByteHash(factory);
        registerFunctionsCryptoHash(factory);
        registerFunctionsStringPad(factory);
        registerFunctionsBase64(factory);
        registerFunctionsRegexpExtract(factory);
        registerFunctionsIPAddress(factory);
        registerFunctionsIPAddressRange(factory);
        registerFunctionsAggregateState(factory);
        registerFunctionsBitmap(factory);
        registerFunctionsArrayMapFilter(factory);
        registerFunctionsArrayPredicates(factory);
        registerFunctionsArrayAggregation(factory);
        registerFunctionsArrayCumulative(factory);
        registerFunctionsArraySort(factory);
        registerFunctionsArraySearch(factory);
        registerFunctionsArraySets(factory);
        registerFunctionsArrayReshaping(factory);
        registerFunctionsArrayFlattenZip(factory);
        registerFunctionsArrayStrings(factory);
        registerFunctionArrayReduce(factory);
        registerFunctionArrayFold(factory);
        registerFunctionsBit(factory);
        registerFunctionsArrayRuns(factory);
        registerFunctionsMapHigherOrder(factory);
        registerFunctionsIntegerMath(factory);
        registerFunctionsArrayRotateShift(factory);
        registerFunctionsMapArithmetic(factory);
        registerFunctionsHasToken(factory);
        registerFunctionMultiSearchAny(factory);
        registerFunctionMultiMatch(factory);
        registerFunctionsWeekNumbers(factory);
        registerFunctionsRelativeNum(factory);
        registerFunctionsExtractGroups(factory);
        registerFunctionsStringSlices(factory);
        registerFunctionsStringCharacters(factory);
        registerFunctionsSplitByCharacterClass(factory);
        registerFunctionsXMLComponent(factory);
    });
}
}
