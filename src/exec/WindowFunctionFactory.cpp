#include "exec/WindowFunctionFactory.h"

#include "base/Arena.h"
#include "base/Exception.h"

namespace datastore::exec
{
namespace
{
/// Keeps one aggregation state per partition; a frame that keeps its start only adds the
/// rows it gained, as frames starting at UNBOUNDED PRECEDING do, others start a new state.
class AggregateWindowFunction final : public IWindowFunction
{
public:
    explicit AggregateWindowFunction(aggregates::AggregateFunctionPtr aggregate_) : aggregate(std::move(aggregate_)) {}

    DataTypePtr getResultType() const override { return aggregate->getResultType(); }

    void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> & arguments, IColumn & to) const override
    {
        Arena arena;
        char * place = arena.alloc(aggregate->sizeOfData(), std::max<size_t>(aggregate->alignOfData(), 1));
        aggregate->create(place);
        const IColumn ** columns = const_cast<const IColumn **>(arguments.data());
        size_t state_begin = partition.begin;
        size_t state_end = partition.begin;
        try
        {
            for (size_t row = partition.begin; row < partition.end; ++row)
            {
                size_t frame_begin = partition.frame_begin[row];
                size_t frame_end = std::max(partition.frame_end[row], partition.frame_begin[row]);
                if (frame_begin != state_begin || frame_end < state_end)
                {
                    aggregate->destroy(place);
                    aggregate->create(place);
                    state_begin = frame_begin;
                    state_end = frame_begin;
                }
                aggregate->addRangeSinglePlace(state_end, frame_end, place, columns, &arena);
                state_end = frame_end;
                aggregate->insertResultInto(place, to, &arena);
            }
        }
        catch (...)
        {
            aggregate->destroy(place);
            throw;
        }
        aggregate->destroy(place);
    }

private:
    aggregates::AggregateFunctionPtr aggregate;
};
}

WindowFunctionFactory & WindowFunctionFactory::instance()
{
    static WindowFunctionFactory factory;
    return factory;
}

void WindowFunctionFactory::registerFunction(const std::string & name, Creator creator)
{
    functions[name] = std::move(creator);
}

bool WindowFunctionFactory::isWindowFunctionName(const std::string & name) const
{
    registerWindowFunctions();
    return functions.count(name) != 0;
}

std::vector<std::string> WindowFunctionFactory::getAllNames() const
{
    registerWindowFunctions();
    std::vector<std::string> names;
    for (const auto & [name, creator] : functions)
        names.push_back(name);
    return names;
}

WindowFunctionPtr WindowFunctionFactory::get(const WindowFunctionArguments & arguments) const
{
    registerWindowFunctions();
    auto it = functions.find(arguments.name);
    if (it == functions.end())
        throw Exception(ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION, "Aggregate function with name '{}' does not exist", arguments.name);
    return it->second(arguments);
}

WindowFunctionPtr createAggregateWindowFunction(aggregates::AggregateFunctionPtr aggregate)
{
    return std::make_shared<AggregateWindowFunction>(std::move(aggregate));
}
}
