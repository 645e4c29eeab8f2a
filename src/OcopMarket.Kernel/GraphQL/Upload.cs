using GraphQL.Types;
using GraphQLParser.AST;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>A file sent with a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec).</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The Upload scalar of the GraphQL multipart request specification (the convention Apollo, urql and graphql-request
/// clients speak): its value is a file part of a multipart/form-data request, mapped into the variables by the
/// request's "map" field. It has no JSON or literal form: anything else is refused as a variable value.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent in a multipart request (GraphQL multipart request specification); variables only.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value)
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? Serialize(object? value) => value is UploadedFile file ? file.FileName : null;

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override bool CanParseValue(object? value) => value is null or UploadedFile;
}
