// Higher-order functions over maps, the lambda taking (key, value): mapFilter keeps the entries
// whose condition holds, mapApply builds a map from the (key, value) tuples the lambda returns,
// mapExists and mapAll test the condition on any / every entry. The lambda runs once over all
// entries of the block, as for the array functions.
#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "functions/IHigherOrderFunction.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
enum class MapLambda
{
    Filter,
    Apply,
    Exists,
    All,
};

class FunctionMapHigherOrder final : public IHigherOrderFunction
{
public:
    FunctionMapHigherOrder(std::string name_, MapLambda kind_) : name(std::move(name_)), kind(kind_) {}
    std::string getName() const override { return name; }

    DataTypes getLambdaArgumentTypes(const ColumnsWithTypeAndName & arguments, size_t parameter_count) const override
    {
        if (arguments.size() != 1 || !arguments[0].type->as<DataTypeMap>())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Function {} requires at least one argument of type Map", name);
        const auto & map = *arguments[0].type->as<DataTypeMap>();
        if (parameter_count != 2)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "First argument for this overload of {} must be a function with 2 arguments, found Function({}) instead", name,
                            lambdaSignature(parameter_count));
        return {map.getKeyType(), map.getValueType()};
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (!lambda)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be a function", name);
        DataTypePtr body = lambda->getResultType();
        switch (kind)
        {
            case MapLambda::Apply:
            {
                const auto * tuple = body->as<DataTypeTuple>();
                if (!tuple || tuple->getElements().size() != 2)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Expected Array(Tuple(key, value)) type, got Array({})", body->getName());
                return std::make_shared<DataTypeMap>(tuple->getElements()[0], tuple->getElements()[1]);
            }
            case MapLambda::Filter:
            case MapLambda::Exists:
            case MapLambda::All:
            {
                TypeIndex condition = removeNullable(body)->getTypeId();
                if (condition != TypeIndex::UInt8 && condition != TypeIndex::Bool && condition != TypeIndex::Nothing)
                    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Expression for function {} must return UInt8 or Nullable(UInt8), found {}",
                                    name, body->getName());
                return kind == MapLambda::Filter ? arguments[0].type : typeByName("UInt8");
            }
        }
        return nullptr;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & entries = holder->assertCast<ColumnMap>().getNestedColumn();
        const auto & pairs = entries.getData().assertCast<ColumnTuple>();
        const auto & offsets = entries.getOffsets();
        size_t count = pairs.size();
        Columns captured;
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            const ColumnPtr & column = arguments[i].column;
            captured.push_back(column->isConst() ? column->cut(0, count) : column->replicate(offsets));
        }
        ColumnPtr mapped = lambda->execute({pairs.getColumnPtr(0), pairs.getColumnPtr(1)}, captured, count);

        if (kind == MapLambda::Apply)
        {
            const auto & tuple = mapped->convertToFullColumnIfConst()->assertCast<ColumnTuple>();
            auto result_pairs = ColumnTuple::create(Columns{tuple.getColumnPtr(0), tuple.getColumnPtr(1)});
            ColumnArray::Offsets result_offsets(offsets);
            return ColumnMap::create(ColumnArray::create(std::move(result_pairs), std::move(result_offsets)));
        }
        ColumnPtr conditions = conditionColumn(mapped, lambda->getResultType());
        const auto & passed = conditions->assertCast<ColumnUInt8>().getData();
        if (kind == MapLambda::Filter)
        {
            ColumnArray::Offsets result_offsets(rows);
            UInt64 kept = 0;
            for (size_t row = 0; row < rows; ++row)
            {
                for (UInt64 i = entries.offsetAt(row); i < offsets[row]; ++i)
                    kept += passed[i] != 0;
                result_offsets[row] = kept;
            }
            ColumnPtr filtered = pairs.filter(passed, static_cast<ssize_t>(kept));
            return ColumnMap::create(ColumnArray::create(std::move(filtered), std::move(result_offsets)));
        }
        auto result = ColumnUInt8::create(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            bool any = false;
            bool all = true;
            for (UInt64 i = entries.offsetAt(row); i < offsets[row]; ++i)
            {
                any |= passed[i] != 0;
                all &= passed[i] != 0;
            }
            result->getData()[row] = kind == MapLambda::Exists ? any : all;
        }
        return result;
    }

private:
    std::string name;
    MapLambda kind;
};
}

void registerFunctionsMapHigherOrder(FunctionFactory & factory)
{
    factory.registerFunction("mapFilter", makeCreator<FunctionMapHigherOrder>(std::string("mapFilter"), MapLambda::Filter));
    factory.registerFunction("mapApply", makeCreator<FunctionMapHigherOrder>(std::string("mapApply"), MapLambda::Apply));
    factory.registerFunction("mapExists", makeCreator<FunctionMapHigherOrder>(std::string("mapExists"), MapLambda::Exists));
    factory.registerFunction("mapAll", makeCreator<FunctionMapHigherOrder>(std::string("mapAll"), MapLambda::All));
}
}
