// Functions that report on the running query rather than compute from their arguments:
// getSetting('name') (the query's value of a setting, typed as a literal of it would be),
// blockSize() and the counters rowNumberInBlock(), rowNumberInAllBlocks() and blockNumber(),
// and uptime() (seconds the server has run).
#include <atomic>

#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
/// The type a literal of `value` would have: the smallest integer type that holds it.
DataTypePtr typeOfInteger(bool is_signed, UInt64 magnitude, bool is_negative)
{
    size_t bytes = 8;
    for (size_t candidate : {1, 2, 4})
    {
        UInt64 limit = is_signed ? (UInt64(1) << (candidate * 8 - 1)) - (is_negative ? 0 : 1) : (UInt64(1) << (candidate * 8)) - 1;
        if (magnitude <= limit)
        {
            bytes = candidate;
            break;
        }
    }
    return typeByName(integerTypeName(is_signed, bytes));
}

class FunctionGetSetting final : public IFunction
{
public:
    explicit FunctionGetSetting(const FunctionContext & context_) : context(context_) {}
    std::string getName() const override { return "getSetting"; }
    bool isDeterministic() const override { return false; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        bool is_string = arguments[0].type->getTypeId() == TypeIndex::String;
        if (!is_string || !arguments[0].column || !arguments[0].column->isConst())
            throw Exception(
                is_string ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "The argument of function getSetting should be a constant string with the name of a setting");
        std::string name(arguments[0].column->getDataAt(0));
        std::string type;
        std::string text;
        if (!context.find_setting || !context.find_setting(name, type, text))
            throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}'", name);
        /// Resolved once while the query is analyzed, when its settings are at hand.
        if (type == "Bool")
        {
            value = Field(text == "1" || text == "true");
            return typeByName("Bool");
        }
        if (type == "UInt64")
        {
            UInt64 number = std::stoull(text);
            value = Field(number);
            return typeOfInteger(false, number, false);
        }
        if (type == "Int64")
        {
            Int64 number = std::stoll(text);
            value = Field(number);
            return typeOfInteger(true, number < 0 ? UInt64(0) - UInt64(number) : UInt64(number), number < 0);
        }
        if (type == "Float")
        {
            value = Field(std::stod(text));
            return typeByName("Float64");
        }
        value = Field(text);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr & result_type, size_t rows) const override
    {
        return result_type->createColumnConst(rows, value);
    }

private:
    FunctionContext context;
    mutable Field value;
};

/// Whole seconds from the server's start to the query's, the same for every row.
class FunctionUptime final : public IFunction
{
public:
    explicit FunctionUptime(const FunctionContext & context) : seconds((context.query_start_time_us - context.server_start_time_us) / 1000000) {}
    std::string getName() const override { return "uptime"; }
    bool isDeterministic() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 0);
        return typeByName("UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr & result_type, size_t rows) const override
    {
        return result_type->createColumnConst(rows, Field(static_cast<UInt64>(std::max<Int64>(seconds, 0))));
    }

private:
    Int64 seconds;
};

/// What a call site sees of the blocks it runs on: blockSize() (rows in the block),
/// rowNumberInBlock() from 0 in each block; rowNumberInAllBlocks() and blockNumber() from 0
/// across every block the call site processes in the query (the analyzer makes an instance per
/// call site), in the order the threads reach it.
class FunctionBlockPosition final : public IFunction
{
public:
    enum class Kind
    {
        BlockSize,
        RowInBlock,
        RowInAllBlocks,
        Block,
    };
    static constexpr Kind kinds[] = {Kind::BlockSize, Kind::RowInBlock, Kind::RowInAllBlocks, Kind::Block};

    explicit FunctionBlockPosition(Kind kind_) : kind(kind_) {}

    std::string getName() const override
    {
        switch (kind)
        {
            case Kind::BlockSize: return "blockSize";
            case Kind::RowInBlock: return "rowNumberInBlock";
            case Kind::RowInAllBlocks: return "rowNumberInAllBlocks";
            case Kind::Block: return "blockNumber";
        }
        return {};
    }
    bool isDeterministic() const override { return false; }
    bool isDeterministicInScopeOfQuery() const override { return false; }
    bool isSuitableForConstantFolding() const override { return false; }
    bool useDefaultImplementationForConstants() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 0);
        return typeByName("UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr &, size_t rows) const override
    {
        if (kind == Kind::BlockSize)
            return ColumnUInt64::create(rows, rows);
        /// Empty blocks (the headers analysis runs through) are not counted.
        if (kind == Kind::Block)
            return ColumnUInt64::create(rows, rows ? counter.fetch_add(1) : 0);
        UInt64 first = kind == Kind::RowInAllBlocks ? counter.fetch_add(rows) : 0;
        auto result = ColumnUInt64::create(rows);
        auto & data = result->getData();
        for (size_t i = 0; i < rows; ++i)
            data[i] = first + i;
        return result;
    }

private:
    Kind kind;
    mutable std::atomic<UInt64> counter{0};
};
}

void registerFunctionsQueryState(FunctionFactory & factory)
{
    factory.registerFunction("getSetting", [](const FunctionContext & context) { return std::make_shared<FunctionGetSetting>(context); });
    factory.registerFunction("uptime", [](const FunctionContext & context) { return std::make_shared<FunctionUptime>(context); });
    for (auto kind : FunctionBlockPosition::kinds)
        factory.registerFunction(FunctionBlockPosition(kind).getName(),
                                 [kind](const FunctionContext &) { return std::make_shared<FunctionBlockPosition>(kind); });
}
}
