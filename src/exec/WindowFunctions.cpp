// The functions that only exist over a window. Ranking functions read the peer groups,
// lagInFrame, leadInFrame and nth_value read rows of the frame, as ClickHouse's do.
#include "base/Exception.h"
#include "columns/ColumnVector.h"
#include "exec/WindowFunctionFactory.h"
#include "types/DataTypeNumber.h"

namespace datastore::exec
{
namespace
{
PodArray<UInt64> & uint64Data(IColumn & to)
{
    return static_cast<ColumnVector<UInt64> &>(to).getData();
}

void checkArgumentCount(const WindowFunctionArguments & arguments, size_t min, size_t max)
{
    size_t count = arguments.types.size();
    if (count < min || count > max)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} takes from {} to {} arguments, {} given", arguments.name,
                        min, max, count);
}

/// The value of a constant positive integer argument, as `what` of the function.
UInt64 positiveConstant(const WindowFunctionArguments & arguments, size_t index, const char * what)
{
    const auto & value = arguments.constants[index];
    if (!value)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument {} of '{}' function must be a constant", index + 1, arguments.name);
    if (const auto * u = value->tryGet<UInt64>(); u && *u > 0)
        return *u;
    if (const auto * i = value->tryGet<Int64>(); i && *i > 0)
        return static_cast<UInt64>(*i);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "{} of '{}' function must be greater than zero", what, arguments.name);
}

class RowNumber final : public IWindowFunction
{
public:
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<UInt64>>(); }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> &, IColumn & to) const override
    {
        auto & data = uint64Data(to);
        for (size_t row = partition.begin; row < partition.end; ++row)
            data.push_back(row - partition.begin + 1);
    }
};

class Rank final : public IWindowFunction
{
public:
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<UInt64>>(); }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> &, IColumn & to) const override
    {
        auto & data = uint64Data(to);
        for (size_t row = partition.begin; row < partition.end; ++row)
            data.push_back(partition.peer_begin[row] - partition.begin + 1);
    }
};

class DenseRank final : public IWindowFunction
{
public:
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<UInt64>>(); }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> &, IColumn & to) const override
    {
        auto & data = uint64Data(to);
        UInt64 rank = 0;
        for (size_t row = partition.begin; row < partition.end; ++row)
        {
            rank += partition.peer_begin[row] == row;
            data.push_back(rank);
        }
    }
};

class PercentRank final : public IWindowFunction
{
public:
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<Float64>>(); }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> &, IColumn & to) const override
    {
        auto & data = static_cast<ColumnVector<Float64> &>(to).getData();
        size_t rows = partition.end - partition.begin;
        Float64 scale = rows > 1 ? 1.0 / static_cast<Float64>(rows - 1) : 0;
        for (size_t row = partition.begin; row < partition.end; ++row)
            data.push_back(static_cast<Float64>(partition.peer_begin[row] - partition.begin) * scale);
    }
};

/// Splits the partition into `buckets` groups of consecutive rows whose sizes differ by at most one.
class Ntile final : public IWindowFunction
{
public:
    explicit Ntile(UInt64 buckets_) : buckets(buckets_) {}
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<UInt64>>(); }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> &, IColumn & to) const override
    {
        auto & data = uint64Data(to);
        UInt64 rows = partition.end - partition.begin;
        UInt64 size = rows / buckets;
        UInt64 larger = rows % buckets;
        UInt64 rows_in_larger = larger * (size + 1);
        for (UInt64 k = 0; k < rows; ++k)
            data.push_back(k < rows_in_larger ? k / (size + 1) + 1 : larger + (k - rows_in_larger) / size + 1);
    }

private:
    UInt64 buckets;
};

/// lagInFrame and leadInFrame: the value `offset` rows before or after, if that row is in the frame.
class LagLeadInFrame final : public IWindowFunction
{
public:
    LagLeadInFrame(DataTypePtr type_, bool is_lead_, std::optional<Int64> constant_offset_, bool has_default_)
        : type(std::move(type_)), is_lead(is_lead_), constant_offset(constant_offset_), has_default(has_default_)
    {
    }
    DataTypePtr getResultType() const override { return type; }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> & arguments, IColumn & to) const override
    {
        const IColumn & values = *arguments[0];
        for (size_t row = partition.begin; row < partition.end; ++row)
        {
            Int64 offset = constant_offset ? *constant_offset : offsetAt(*arguments[1], row);
            Int64 target = static_cast<Int64>(row) + (is_lead ? offset : -offset);
            if (target >= static_cast<Int64>(partition.frame_begin[row]) && target < static_cast<Int64>(partition.frame_end[row]))
                to.insertFrom(values, static_cast<size_t>(target));
            else if (has_default)
                to.insertFrom(*arguments[2], row);
            else
                to.insertDefault();
        }
    }

private:
    Int64 offsetAt(const IColumn & offsets, size_t row) const
    {
        Field value = offsets[row];
        Int64 offset = value.tryGet<UInt64>() ? static_cast<Int64>(value.get<UInt64>()) : value.tryGet<Int64>() ? value.get<Int64>() : -1;
        if (offset < 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "The offset for function {} must be in (0, 9223372036854775807], {} given",
                            is_lead ? "leadInFrame" : "lagInFrame", value.dump());
        return offset;
    }

    DataTypePtr type;
    bool is_lead;
    std::optional<Int64> constant_offset;
    bool has_default;
};

WindowFunctionPtr createLagLead(const WindowFunctionArguments & arguments, bool is_lead)
{
    checkArgumentCount(arguments, 1, 3);
    std::optional<Int64> offset = 1;
    if (arguments.types.size() > 1)
    {
        offset.reset();
        if (const auto & value = arguments.constants[1])
        {
            Int64 given = value->tryGet<UInt64>() && value->get<UInt64>() <= UInt64(std::numeric_limits<Int64>::max())
                ? static_cast<Int64>(value->get<UInt64>()) : value->tryGet<Int64>() ? value->get<Int64>() : -1;
            if (given < 0)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "The offset for function {} must be in (0, 9223372036854775807], {} given",
                                arguments.name, value->dump());
            offset = given;
        }
    }
    return std::make_shared<LagLeadInFrame>(arguments.types[0], is_lead, offset, arguments.types.size() == 3);
}

/// The n-th row of the frame (from 1), or the type's default when the frame is shorter.
class NthValue final : public IWindowFunction
{
public:
    NthValue(DataTypePtr type_, UInt64 n_) : type(std::move(type_)), n(n_) {}
    DataTypePtr getResultType() const override { return type; }
    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> & arguments, IColumn & to) const override
    {
        for (size_t row = partition.begin; row < partition.end; ++row)
        {
            UInt64 target = partition.frame_begin[row] + n - 1;
            if (target < partition.frame_end[row])
                to.insertFrom(*arguments[0], target);
            else
                to.insertDefault();
        }
    }

private:
    DataTypePtr type;
    UInt64 n;
};

template <typename Function>
WindowFunctionFactory::Creator withoutArguments()
{
    return [](const WindowFunctionArguments & arguments) -> WindowFunctionPtr
    {
        checkArgumentCount(arguments, 0, 0);
        return std::make_shared<Function>();
    };
}
}

void registerWindowFunctions()
{
    static bool registered = [] {
        auto & factory = WindowFunctionFactory::instance();
        factory.registerFunction("row_number", withoutArguments<RowNumber>());
        factory.registerFunction("rank", withoutArguments<Rank>());
        factory.registerFunction("dense_rank", withoutArguments<DenseRank>());
        factory.registerFunction("percent_rank", withoutArguments<PercentRank>());
        factory.registerFunction("ntile", [](const WindowFunctionArguments & arguments) -> WindowFunctionPtr {
            checkArgumentCount(arguments, 1, 1);
            UInt64 buckets = positiveConstant(arguments, 0, "Argument");
            const WindowFrame & frame = *arguments.frame;
            bool is_whole_partition = frame.type == WindowFrame::Type::Rows && frame.begin.kind == WindowFrame::BoundKind::Unbounded
                && frame.end.kind == WindowFrame::BoundKind::Unbounded;
            if (!arguments.has_order_by || !(frame.is_default || is_whole_partition))
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unsupported window frame type for function 'ntile'");
            return std::make_shared<Ntile>(buckets);
        });
        factory.registerFunction("lagInFrame", [](const WindowFunctionArguments & arguments) { return createLagLead(arguments, false); });
        factory.registerFunction("leadInFrame", [](const WindowFunctionArguments & arguments) { return createLagLead(arguments, true); });
        factory.registerFunction("nth_value", [](const WindowFunctionArguments & arguments) -> WindowFunctionPtr {
            checkArgumentCount(arguments, 2, 2);
            return std::make_shared<NthValue>(arguments.types[0], positiveConstant(arguments, 1, "Offset"));
        });
        return true;
    }();
    (void)registered;
}
}
