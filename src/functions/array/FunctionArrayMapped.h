// The frame of the higher-order array functions (arrayMap, arrayFilter, arraySum...): checks the
// arrays against the lambda, evaluates the lambda once over all elements of the block (outer
// columns it captures repeated per element) and hands the results, one per element, to the
// family's own step. Without a lambda the elements of the only array are the results.
#pragma once

#include "columns/ColumnArray.h"
#include "functions/IHigherOrderFunction.h"

namespace datastore::functions
{
class FunctionArrayMapped : public IHigherOrderFunction
{
public:
    /// Whether the function may go without a lambda (arraySum(arr)) or needs one (arrayFilter).
    enum class Lambda
    {
        Optional,
        Required,
    };
    /// Whether the lambda's results are conditions: UInt8 or Nullable(UInt8), NULL meaning false.
    enum class Results
    {
        Values,
        Conditions,
    };

    FunctionArrayMapped(std::string name_, Lambda lambda_use_, Results results_) : name(std::move(name_)), lambda_use(lambda_use_), results(results_) {}

    std::string getName() const override { return name; }
    DataTypes getLambdaArgumentTypes(const ColumnsWithTypeAndName & arguments, size_t parameter_count) const override;
    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override;
    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override;

protected:
    /// The result type given the type of the lambda's results and the first array's element type.
    virtual DataTypePtr getMappedReturnType(const DataTypePtr & mapped_type, const DataTypePtr & element_type) const = 0;
    /// The result from the first array and the lambda's results (one per element of it; a
    /// ColumnUInt8 of 0/1 for Results::Conditions).
    virtual ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr & mapped_type,
                                    const DataTypePtr & result_type) const = 0;

private:
    DataTypePtr checkMappedType(const DataTypePtr & mapped_type, const DataTypePtr & array_type) const;

    std::string name;
    Lambda lambda_use;
    Results results;
};

/// A function whose result holds the first array's own elements, filtered or reordered.
class FunctionArrayMappedToElements : public FunctionArrayMapped
{
public:
    using FunctionArrayMapped::FunctionArrayMapped;

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr & mapped_type, const DataTypePtr & element_type) const final;
};

/// 0/1 per row from a UInt8, Bool or Nullable(UInt8) column (NULL is 0) or a NULL constant.
ColumnPtr conditionColumn(const ColumnPtr & column, const DataTypePtr & type);
}
