using System.Data.Common;
using Marten;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Cooperatives;

/// <summary>
/// What Cooperatives publishes for other modules' SQL: the catalog's listing statements join cooperatives' revisions in
/// their one statement (for the per-process document cache) and read missing cooperatives in the same round trip as
/// products. The table stays named only here.
/// </summary>
public static class CooperativeRows
{
    private const string Table = "mt_doc_cooperative";

    /// <summary>A relation (id, version) over every cooperative; give it an alias: <c>join {Revisions(schema)} c on …</c>.</summary>
    public static string Revisions(DatabaseSchema schema) => $"(select id, mt_version as version from {schema.Table(Table)})";

    /// <summary>A relation (id, province_code) over every cooperative, for other modules' figures by the seller's province.</summary>
    public static string Provinces(DatabaseSchema schema) => $"(select id, data ->> 'ProvinceCode' as province_code from {schema.Table(Table)})";

    /// <summary>A statement with one parameter (uuid[]) returning each cooperative's document and revision.</summary>
    public static string DocumentsById(DatabaseSchema schema) => $"select data, mt_version from {schema.Table(Table)} where id = any($1)";

    /// <summary>Reads a row of <see cref="DocumentsById"/>.</summary>
    public static CooperativeSummary Read(IDocumentStore store, DbDataReader reader)
    {
        var cooperative = store.Options.Serializer().FromJson<Cooperative>(reader, 0);
        cooperative.Version = reader.GetInt32(1);
        return CooperativeSummary.Of(cooperative);
    }
}
