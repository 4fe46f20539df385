// untuple(t) expanded into the elements of t (see Untuple.h).
#include "analyzer/Untuple.h"

#include "analyzer/AliasMap.h"
#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "types/DataTypeTuple.h"

namespace datastore::analyzer
{
bool isUntupleCall(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    return function && function->name == "untuple" && !function->is_window_function;
}

sql::ASTs expandUntuple(const sql::ASTPtr & ast, ExpressionBuilder & builder)
{
    if (!isUntupleCall(*ast))
        return {ast};
    const auto & function = *ast->as<sql::ASTFunction>();
    const auto & arguments = function.argumentList();
    if (arguments.size() != 1)
        throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Function 'untuple' must have 1 argument");
    const sql::ASTPtr & tuple_ast = arguments[0];
    auto & known_types = *builder.getScope().untupled_types;
    std::string tuple_name = sql::columnNameOf(*tuple_ast);
    auto known = known_types.find(tuple_name);
    DataTypePtr type = known != known_types.end() ? known->second : builder.getActions()->get(builder.build(tuple_ast)).type;
    known_types.emplace(tuple_name, type);
    const auto * tuple = type->as<DataTypeTuple>();
    if (!tuple)
        throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Function 'untuple' argument must have compound type. Actual type {}",
                        type->getName());

    /// Elements are named as ClickHouse names them: by their name, or by their 1-based position.
    std::string alias = aliasOf(function);
    sql::ASTs elements;
    for (size_t i = 0; i < tuple->getElements().size(); ++i)
    {
        std::string element_name = tuple->hasExplicitNames() ? tuple->getElementNames()[i] : std::to_string(i + 1);
        auto element = sql::makeASTFunction("tupleElement", {tuple_ast, std::make_shared<sql::ASTLiteral>(Field(element_name))});
        if (!alias.empty())
            element->alias = alias + "." + element_name;
        elements.push_back(element);
    }
    return elements;
}
}
