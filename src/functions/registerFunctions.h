// One registration entry point per group of functions; registerFunctions() (declared in
// FunctionFactory.h) calls each once. A new group adds one declaration here and one call there.
#pragma once

#include "functions/FunctionFactory.h"

namespace datastore::functions
{
void registerFunctionsArithmetic(FunctionFactory & factory);
void registerFunctionsComparison(FunctionFactory & factory);
void registerFunctionsLogical(FunctionFactory & factory);
void registerFunctionIf(FunctionFactory & factory);
void registerFunctionsConversion(FunctionFactory & factory);
void registerFunctionsMisc(FunctionFactory & factory);
void registerFunctionsTesting(FunctionFactory & factory);
void registerFunctionsDateTime(FunctionFactory & factory);
void registerFunctionsMakeDate(FunctionFactory & factory);
void registerFunctionsParseDateTime(FunctionFactory & factory);
void registerFunctionFormat(FunctionFactory & factory);
void registerFunctionToValidUTF8(FunctionFactory & factory);
void registerFunctionToJSONString(FunctionFactory & factory);
void registerFunctionsSQLJSON(FunctionFactory & factory);
void registerFunctionNgrams(FunctionFactory & factory);
void registerFunctionsInitcap(FunctionFactory & factory);
void registerFunctionsQueryState(FunctionFactory & factory);
void registerFunctionsFormatReadable(FunctionFactory & factory);
void registerFunctionsReinterpret(FunctionFactory & factory);
void registerFunctionDateName(FunctionFactory & factory);
void registerFunctionTransform(FunctionFactory & factory);
void registerFunctionsStartOfSubsecond(FunctionFactory & factory);
void registerFunctionsString(FunctionFactory & factory);
void registerFunctionsHashing(FunctionFactory & factory);
void registerFunctionsFarmMetroHash(FunctionFactory & factory);
void registerFunctionMapPopulateSeries(FunctionFactory & factory);
void registerFunctionsRounding(FunctionFactory & factory);
void registerFunctionsArray(FunctionFactory & factory);
void registerFunctionsTuple(FunctionFactory & factory);
void registerFunctionsDateTimeExtra(FunctionFactory & factory);
void registerFunctionsTupleOfIntervals(FunctionFactory & factory);
void registerFunctionsStringExtra(FunctionFactory & factory);
void registerFunctionsJSON(FunctionFactory & factory);
void registerFunctionsVisitParam(FunctionFactory & factory);
void registerFunctionsURL(FunctionFactory & factory);
void registerFunctionsReplaceRegexp(FunctionFactory & factory);
void registerFunctionsStartOfInterval(FunctionFactory & factory);
void registerFunctionsToInterval(FunctionFactory & factory);
void registerFunctionsMath(FunctionFactory & factory);
void registerFunctionsByteHash(FunctionFactory & factory);
void registerFunctionsCryptoHash(FunctionFactory & factory);
void registerFunctionsStringPad(FunctionFactory & factory);
void registerFunctionsBase64(FunctionFactory & factory);
void registerFunctionsRegexpExtract(FunctionFactory & factory);
void registerFunctionsIPAddress(FunctionFactory & factory);
void registerFunctionsIPAddressRange(FunctionFactory & factory);
void registerFunctionsAggregateState(FunctionFactory & factory);
void registerFunctionsBitmap(FunctionFactory & factory);
void registerFunctionsArrayMapFilter(FunctionFactory & factory);
void registerFunctionsArrayPredicates(FunctionFactory & factory);
void registerFunctionsArrayAggregation(FunctionFactory & factory);
void registerFunctionsArrayCumulative(FunctionFactory & factory);
void registerFunctionsArraySort(FunctionFactory & factory);
void registerFunctionsArraySearch(FunctionFactory & factory);
void registerFunctionsArraySets(FunctionFactory & factory);
void registerFunctionsArrayReshaping(FunctionFactory & factory);
void registerFunctionsArrayFlattenZip(FunctionFactory & factory);
void registerFunctionsArrayStrings(FunctionFactory & factory);
void registerFunctionArrayReduce(FunctionFactory & factory);
void registerFunctionArrayFold(FunctionFactory & factory);
void registerFunctionsBit(FunctionFactory & factory);
void registerFunctionsArrayRuns(FunctionFactory & factory);
void registerFunctionsMapHigherOrder(FunctionFactory & factory);
void registerFunctionsIntegerMath(FunctionFactory & factory);
void registerFunctionsArrayRotateShift(FunctionFactory & factory);
void registerFunctionsMapArithmetic(FunctionFactory & factory);
void registerFunctionsHasToken(FunctionFactory & factory);
void registerFunctionsWeekNumbers(FunctionFactory & factory);
void registerFunctionsRelativeNum(FunctionFactory & factory);
void registerFunctionsExtractGroups(FunctionFactory & factory);
void registerFunctionMultiSearchAny(FunctionFactory & factory);
void registerFunctionMultiMatch(FunctionFactory & factory);
void registerFunctionsStringSlices(FunctionFactory & factory);
void registerFunctionsStringCharacters(FunctionFactory & factory);
void registerFunctionsSplitByCharacterClass(FunctionFactory & factory);
void registerFunctionsXMLComponent(FunctionFactory & factory);
}
