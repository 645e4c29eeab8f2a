using GraphQL.Builders;
using GraphQL.Types;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>
/// Marks a mutation field as a bulk one (a list of items in its input): the rate limit counts it by its items, not as
/// one operation (see the host's OperationCount and RateLimits:BulkItemsPerOperation).
/// </summary>
public static class BulkFields
{
    public const string MetadataKey = "ocop.bulk";

    public static FieldBuilder<TSource, TReturn> Bulk<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(MetadataKey, true);

    public static bool IsBulk(this FieldType field) => field.GetMetadata(MetadataKey, false);
}
