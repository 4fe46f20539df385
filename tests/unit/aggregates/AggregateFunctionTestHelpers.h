// Runs aggregate functions the way the aggregator does: one state in an arena, whole
// batches of argument columns, then the result written into a column of the result type.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "base/Arena.h"
#include "types/DataTypeFactory.h"

namespace datastore::aggregates::testing
{
inline DataTypePtr type(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

inline ColumnPtr column(const std::string & type_name, const std::vector<Field> & values)
{
    auto result = type(type_name)->createColumn();
    for (const auto & value : values)
        result->insert(value);
    return result;
}

/// One state of `function`, created on construction and destroyed with the object.
class State
{
public:
    explicit State(AggregateFunctionPtr function_) : function(std::move(function_))
    {
        place = arena.alloc(function->sizeOfData(), function->alignOfData());
        function->create(place);
    }
    ~State() { function->destroy(place); }

    void add(const std::vector<ColumnPtr> & columns, const UInt8 * mask = nullptr)
    {
        std::vector<const IColumn *> raw;
        for (const auto & c : columns)
            raw.push_back(c.get());
        function->addBatchSinglePlace(columns.empty() ? 0 : columns[0]->size(), place, raw.data(), &arena, mask);
    }
    void addRows(size_t rows)
    {
        function->addBatchSinglePlace(rows, place, nullptr, &arena, nullptr);
    }
    void merge(const State & other) { function->merge(place, other.place, &arena); }

    Field result()
    {
        auto to = function->getResultType()->createColumn();
        function->insertResultInto(place, *to, &arena);
        return (*to)[0];
    }

    AggregateFunctionPtr function;
    Arena arena;
    char * place = nullptr;
};

inline AggregateFunctionPtr get(const std::string & name, const std::vector<std::string> & argument_types, const Array & parameters = {})
{
    registerAggregateFunctions();
    DataTypes types;
    for (const auto & t : argument_types)
        types.push_back(type(t));
    return AggregateFunctionFactory::instance().get(name, types, parameters);
}

/// The aggregate of the given columns, as a Field.
inline Field aggregate(const std::string & name, const std::vector<std::string> & argument_types, const std::vector<ColumnPtr> & columns)
{
    State state(get(name, argument_types));
    state.add(columns);
    return state.result();
}
}
