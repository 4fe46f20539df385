// arrayFlatten (flatten): the elements of arrays of arrays at any depth as one array per row,
// and arrayZip(a, b, ...): arrays of equal size as one array of tuples. Both only rearrange
// offsets and reuse the nested element columns as they are.
#include "columns/ColumnArray.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
class FunctionArrayFlatten final : public IFunction
{
public:
    std::string getName() const override { return "arrayFlatten"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const auto * array = arguments[0].type->as<DataTypeArray>();
        if (!array)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}, expected Array",
                            arguments[0].type->getName(), getName());
        DataTypePtr element = array->getNestedType();
        while (const auto * nested = element->as<DataTypeArray>())
            element = nested->getNestedType();
        return std::make_shared<DataTypeArray>(element);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto * array = &holder->assertCast<ColumnArray>();
        ColumnArray::Offsets offsets(array->getOffsets());
        /// Each level down, a row ends where the last inner array it holds ends.
        while (const auto * inner = array->getData().as<ColumnArray>())
        {
            for (size_t row = 0; row < rows; ++row)
                offsets[row] = offsets[row] == 0 ? 0 : inner->getOffsets()[offsets[row] - 1];
            array = inner;
        }
        return ColumnArray::create(array->getDataPtr(), std::move(offsets));
    }
};

class FunctionArrayZip final : public IFunction
{
public:
    std::string getName() const override { return "arrayZip"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} needs at least one argument; passed 0", getName());
        DataTypes elements;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            const auto * array = arguments[i].type->as<DataTypeArray>();
            if (!array)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} of function {} must be array. Found {} instead", i + 1,
                                getName(), arguments[i].type->getName());
            elements.push_back(array->getNestedType());
        }
        return std::make_shared<DataTypeArray>(std::make_shared<DataTypeTuple>(elements));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        Columns holders;
        Columns elements;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            holders.push_back(arguments[i].column->convertToFullColumnIfConst());
            const auto & array = holders.back()->assertCast<ColumnArray>();
            if (array.getOffsets() != holders[0]->assertCast<ColumnArray>().getOffsets())
                throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "The argument 1 and argument {} of function {} have different array sizes",
                                i + 1, getName());
            elements.push_back(array.getDataPtr());
        }
        ColumnArray::Offsets offsets(holders[0]->assertCast<ColumnArray>().getOffsets());
        return ColumnArray::create(ColumnTuple::create(std::move(elements)), std::move(offsets));
    }
};
}

void registerFunctionsArrayFlattenZip(FunctionFactory & factory)
{
    factory.registerFunction("arrayFlatten", makeCreator<FunctionArrayFlatten>());
    factory.registerAlias("flatten", "arrayFlatten");
    factory.registerFunction("arrayZip", makeCreator<FunctionArrayZip>());
}
}
