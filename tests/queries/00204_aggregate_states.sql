-- States of the functions and combinators of 00200-00203 in ClickHouse's binary layout, as
-- -State writes them (and finalizeAggregation reads them back).
SELECT hex(varPopState(toFloat64(number))), hex(corrState(number, number * 2)), hex(covarSampState(toFloat32(number), toFloat32(1))) FROM numbers(3);
SELECT hex(sumOrNullState(number)), hex(sumOrNullState(number)), hex(sumArrayState([number])), hex(sumDistinctState(number)), hex(sumForEachState([number, 1])) FROM numbers(3);
SELECT hex(sumOrNullState(number)), hex(countOrDefaultState()) FROM numbers(0);
SELECT hex(groupUniqArrayState(number)), hex(groupUniqArrayState(toInt16(number) - 1)), hex(retentionState(number = 0, number = 2)) FROM numbers(3);
SELECT hex(avgWeightedState(toUInt32(3), toInt16(-2))), hex(avgWeightedState(toUInt32(3), toFloat32(-2))), hex(avgWeightedState(toUInt32(3), toUInt8(2)));
SELECT hex(sumMapState([1, 2], [3, 4])), hex(maxMapState([1, 2], [5, 7])), hex(minMapState([1], [toInt32(-3)])), hex(maxMapState(([1], [5], [6])));
SELECT hex(sumMapState(map('a', 1))), hex(minMapState(map(1, 'x'))), hex(maxMapState(map('a', 1))), hex(avgMapState(map('a', 1)));
SELECT hex(sumWithOverflowState(toUInt8(200))), hex(sumOrDefaultState(number)) FROM numbers(2);
SELECT finalizeAggregation(sumMapState([1, 2], [3, 4])), finalizeAggregation(varPopState(number)), finalizeAggregation(groupUniqArrayState(number)), finalizeAggregation(sumForEachState([number, 1])) FROM numbers(4);
SELECT finalizeAggregation(minMapState([1], [toInt32(-3)])), finalizeAggregation(maxMapState(([1], [toFloat32(5.5)], ['s']))), finalizeAggregation(sumOrNullState(number)) FROM numbers(0);
SELECT finalizeAggregation(avgWeightedState(number, number)), finalizeAggregation(retentionState(number = 1, number = 3)), finalizeAggregation(sumDistinctState(number % 3)) FROM numbers(5);
