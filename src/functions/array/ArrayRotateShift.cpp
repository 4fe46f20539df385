// arrayRotateLeft / arrayRotateRight(arr, n): the elements moved n places round the array;
// arrayShiftLeft / arrayShiftRight(arr, n[, default]): moved n places, the places left behind
// filled with the default (the element type's own unless given, of exactly that type). A
// negative n moves the other way.
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionArrayRotateShift final : public IFunction
{
public:
    FunctionArrayRotateShift(bool is_shift_, bool to_left_) : is_shift(is_shift_), to_left(to_left_) {}

    std::string getName() const override
    {
        return std::string(is_shift ? "arrayShift" : "arrayRotate") + (to_left ? "Left" : "Right");
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (is_shift)
            checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        else
            checkArgumentCount(getName(), arguments.size(), 2);
        const auto * array = arguments[0].type->as<DataTypeArray>();
        if (!array)
            throwExpected(*arguments[0].type, "Array");
        if (!isNativeInteger(arguments[1].type->getTypeId()))
            throwExpected(*arguments[1].type, "Native Integer");
        if (arguments.size() == 3 && !arguments[2].type->equals(*array->getNestedType()))
            throwExpected(*arguments[2].type, array->getNestedType()->getName());
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        const IColumn & data = array.getData();
        auto counts = numericOperand<Int128>(arguments[1].column->convertToFullColumnIfConst(), arguments[1].type->getTypeId());
        ColumnPtr defaults = arguments.size() == 3 ? arguments[2].column->convertToFullColumnIfConst() : nullptr;
        auto result = data.cloneEmpty();
        result->reserve(data.size());
        for (size_t row = 0; row < rows; ++row)
        {
            auto begin = static_cast<Int128>(array.offsetAt(row));
            auto size = static_cast<Int128>(array.sizeAt(row));
            /// Element i of the result is element i + offset of the array.
            Int128 offset = to_left ? counts.data[row] : -counts.data[row];
            for (Int128 i = 0; i < size; ++i)
            {
                Int128 source = i + offset;
                if (!is_shift)
                    source = ((source % size) + size) % size;
                if (source >= 0 && source < size)
                    result->insertFrom(data, static_cast<size_t>(begin + source));
                else if (defaults)
                    result->insertFrom(*defaults, row);
                else
                    result->insertDefault();
            }
        }
        ColumnArray::Offsets offsets(array.getOffsets());
        return ColumnArray::create(std::move(result), std::move(offsets));
    }

private:
    [[noreturn]] void throwExpected(const IDataType & type, const std::string & expected) const
    {
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}, expected {}", type.getName(), getName(),
                        expected);
    }

    bool is_shift;
    bool to_left;
};
}

void registerFunctionsArrayRotateShift(FunctionFactory & factory)
{
    factory.registerFunction("arrayRotateLeft", makeCreator<FunctionArrayRotateShift>(false, true));
    factory.registerFunction("arrayRotateRight", makeCreator<FunctionArrayRotateShift>(false, false));
    factory.registerFunction("arrayShiftLeft", makeCreator<FunctionArrayRotateShift>(true, true));
    factory.registerFunction("arrayShiftRight", makeCreator<FunctionArrayRotateShift>(true, false));
}
}
