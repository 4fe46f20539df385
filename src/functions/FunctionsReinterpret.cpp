// reinterpretAsUInt8 ... reinterpretAsFloat64, reinterpretAsDate, reinterpretAsDateTime,
// reinterpretAsUUID, reinterpretAsString, reinterpretAsFixedString and reinterpret(x, 'Type'):
// the bytes of a value (little-endian in memory) read as another type. A number is filled from
// the start of the bytes and zero-padded; String drops trailing zero bytes.
#include <cstring>
#include <optional>

#include "columns/ColumnFixedString.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeFixedString.h"

namespace datastore::functions
{
namespace
{
/// The bytes of each row of a number, String or FixedString column.
class RowBytes
{
public:
    /// `rows` > 0.
    explicit RowBytes(const ColumnWithTypeAndName & argument) : column(argument.column->convertToFullColumnIfConst())
    {
        TypeIndex type = argument.type->getTypeId();
        if (type == TypeIndex::String)
            strings.emplace(*column);
        else if (type == TypeIndex::FixedString)
        {
            const auto & fixed = column->assertCast<ColumnFixedString>();
            data = reinterpret_cast<const char *>(fixed.getChars().data());
            stride = fixed.getN();
        }
        else
        {
            stride = valueSize(*argument.type);
            data = column->getDataAt(0).data();
        }
    }

    std::string_view at(size_t row) const { return strings ? strings->at(row) : std::string_view(data + row * stride, stride); }

    /// Bytes of one value of a type stored as one number per row, or 0.
    static size_t valueSize(const IDataType & type)
    {
        size_t size = 0;
        if (type.getTypeId() == TypeIndex::UUID)
            return sizeof(UUID);
        dispatchByStorage(type.getTypeId(), [&](auto tag) { size = sizeof(typename decltype(tag)::Type); });
        return size;
    }

private:
    ColumnPtr column;
    std::optional<StringRows> strings;
    const char * data = nullptr;
    size_t stride = 0;
};

class FunctionReinterpret final : public IFunction
{
public:
    /// `target_name` empty: reinterpret(x, 'Type') takes the type from its second argument.
    FunctionReinterpret(std::string name_, std::string target_name_) : name(std::move(name_)), target_name(std::move(target_name_)) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        DataTypePtr target;
        if (target_name.empty())
        {
            checkArgumentCount(name, arguments.size(), 2);
            checkConstantStringArgument(name, arguments, 1, 2, "type");
            target = typeByName(std::string(arguments[1].column->getDataAt(0)));
        }
        else
        {
            checkArgumentCount(name, arguments.size(), 1);
            target = target_name == "FixedString" ? fixedStringFor(*arguments[0].type) : typeByName(target_name);
        }
        const IDataType & from = *arguments[0].type;
        bool from_bytes = RowBytes::valueSize(from) != 0 || isStringOrFixedString(from);
        TypeIndex to = target->getTypeId();
        if (to == TypeIndex::String || to == TypeIndex::FixedString)
        {
            if (!from_bytes)
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Cannot reinterpret {} as {} because only Numeric, String or FixedString can be reinterpreted",
                    from.getName(), target->getName());
            return target;
        }
        if (RowBytes::valueSize(*target) == 0)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Cannot reinterpret {} as {}: only numbers, dates, UUID, String and FixedString are supported",
                from.getName(), target->getName());
        if (!from_bytes)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Cannot reinterpret {} as {} because only Numeric, String or FixedString can be reinterpreted in Numeric", from.getName(),
                target->getName());
        return target;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        TypeIndex to = result_type->getTypeId();
        if (rows == 0)
            return result_type->createColumn();
        RowBytes input(arguments[0]);
        if (to == TypeIndex::String)
        {
            return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
            {
                std::string_view bytes = input.at(row);
                size_t length = bytes.size();
                while (length > 0 && bytes[length - 1] == 0)
                    --length;
                chars.insert(bytes.data(), bytes.data() + length);
            });
        }
        if (to == TypeIndex::FixedString)
        {
            size_t n = result_type->as<DataTypeFixedString>()->getN();
            auto result = ColumnFixedString::create(n);
            auto & chars = result->getChars();
            chars.resize_fill(rows * n, 0);
            for (size_t i = 0; i < rows; ++i)
            {
                std::string_view bytes = input.at(i);
                std::memcpy(chars.data() + i * n, bytes.data(), std::min(n, bytes.size()));
            }
            return result;
        }
        ColumnPtr result;
        auto fill = [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            auto values = ColumnVector<T>::create(rows);
            T * out = values->getData().data();
            for (size_t i = 0; i < rows; ++i)
            {
                std::string_view bytes = input.at(i);
                T value{};
                std::memcpy(&value, bytes.data(), std::min(sizeof(T), bytes.size()));
                out[i] = value;
            }
            result = std::move(values);
        };
        if (to == TypeIndex::UUID)
            fill(TypeTag<UUID>{});
        else
            dispatchByStorage(to, fill);
        return result;
    }

private:
    /// reinterpretAsFixedString: as many bytes as one value holds (a string keeps its length).
    static DataTypePtr fixedStringFor(const IDataType & from)
    {
        size_t size = RowBytes::valueSize(from);
        if (size == 0)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Cannot reinterpret {} as FixedString because it is not a fixed size type", from.getName());
        return std::make_shared<DataTypeFixedString>(size);
    }

    std::string name;
    std::string target_name;
};
}

void registerFunctionsReinterpret(FunctionFactory & factory)
{
    for (const char * type : {"UInt8", "UInt16", "UInt32", "UInt64", "UInt128", "Int8", "Int16", "Int32", "Int64", "Int128", "Float32",
                              "Float64", "Date", "DateTime", "UUID", "String", "FixedString"})
    {
        std::string name = std::string("reinterpretAs") + type;
        factory.registerFunction(name, makeCreator<FunctionReinterpret>(name, std::string(type)));
    }
    factory.registerFunction("reinterpret", makeCreator<FunctionReinterpret>(std::string("reinterpret"), std::string()));
}
}
