using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Cooperatives;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Catalog.Search;

/// <summary>
/// The catalog's read model: one row per product with the facts shops filter, sort and search on, and a weighted
/// tsvector (name A, everything else B) over diacritic-folded text. Written in the same transaction as the product
/// document, so it never disagrees with it. Keyset pagination and facets run on its indexes.
/// </summary>
internal static class ListingTable
{
    public const string Name = "ocop_product_listing";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("cooperative_id").NotNull();
        table.AddColumn<string>("cooperative_slug").NotNull();
        table.AddColumn<bool>("listed").NotNull();
        table.AddColumn<string>("province_code").NotNull();
        table.AddColumn<string>("former_province_code");
        table.AddColumn<string>("grp").NotNull();
        table.AddColumn<int>("stars").NotNull();
        table.AddColumn("certified_until", "date");
        table.AddColumn<long>("min_price").NotNull();
        table.AddColumn<long>("max_price").NotNull();
        table.AddColumn<string>("name_text").NotNull();
        table.AddColumn("search", "tsvector").NotNull();
        table.AddColumn("sort_date", "timestamptz").NotNull();

        // Keyset orders over listed products: NEWEST, PRICE_*, NAME_ASC, STARS_DESC (id breaks ties).
        table.Indexes.Add(Keyset("ix_listing_newest", "sort_date", "id"));
        table.Indexes.Add(Keyset("ix_listing_price", "min_price", "id"));
        table.Indexes.Add(Keyset("ix_listing_name", "name_text", "id"));
        table.Indexes.Add(Keyset("ix_listing_stars", "stars", "id"));
        table.Indexes.Add(new IndexDefinition("ix_listing_cooperative").AgainstColumns("cooperative_id"));
        table.Indexes.Add(new IndexDefinition("ix_listing_province").AgainstColumns("province_code"));
        table.Indexes.Add(new IndexDefinition("ix_listing_former_province").AgainstColumns("former_province_code"));
        table.Indexes.Add(new IndexDefinition("ix_listing_search") { Method = IndexMethod.gin }.AgainstColumns("search"));
        // Typo tolerance: trigram word similarity on the folded name.
        table.Indexes.Add(new IndexDefinition("ix_listing_name_trgm") { Method = IndexMethod.gin, Mask = "? gin_trgm_ops" }
            .AgainstColumns("name_text"));
        return table;
    }

    private static IndexDefinition Keyset(string name, string column, string id) =>
        new IndexDefinition(name) { Predicate = "listed" }.AgainstColumns(column, id);

    /// <summary>Queues the row's upsert in the session's unit of work (committed with the product document).</summary>
    public static void QueueUpsert(IDocumentSession session, Product product, CooperativeSummary cooperative, ProvinceDirectory provinces)
    {
        var prices = product.Variants.Select(v => v.RetailPrice).DefaultIfEmpty(0).ToList();
        var certificate = product.Certificate is { Verified: true } c ? c : null;
        var body = string.Join(' ',
            VietnameseText.Fold(product.Description), VietnameseText.Fold(product.NameEn), VietnameseText.Fold(product.DescriptionEn),
            VietnameseText.Fold(string.Join(' ', product.Tags)), VietnameseText.Fold(product.Origin),
            VietnameseText.Fold(cooperative.Name), provinces.SearchNames(cooperative.ProvinceCode, cooperative.FormerProvinceCode),
            VietnameseText.Fold(string.Join(' ', product.Variants.Select(v => v.Name))));
        var name = VietnameseText.Fold(product.Name);

        session.QueueSqlCommand($"""
            insert into {session.DocumentStore.Options.DatabaseSchemaName}.{Name}
              (id, cooperative_id, cooperative_slug, listed, province_code, former_province_code, grp, stars, certified_until,
               min_price, max_price, name_text, search, sort_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
               setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'), ?)
            on conflict (id) do update set
              cooperative_id = excluded.cooperative_id, cooperative_slug = excluded.cooperative_slug, listed = excluded.listed,
              province_code = excluded.province_code, former_province_code = excluded.former_province_code, grp = excluded.grp,
              stars = excluded.stars, certified_until = excluded.certified_until, min_price = excluded.min_price,
              max_price = excluded.max_price, name_text = excluded.name_text, search = excluded.search, sort_date = excluded.sort_date
            """,
            product.Id, cooperative.Id, cooperative.Slug,
            product.Status == ProductStatus.Published && cooperative.IsActive,
            cooperative.ProvinceCode, (object?)cooperative.FormerProvinceCode ?? DBNull.Value, product.Group.ToString(),
            certificate?.Stars ?? 0, certificate != null ? certificate.ExpiresOn : DBNull.Value,
            prices.Min(), prices.Max(), name, name, body, (product.PublishedAt ?? product.CreatedAt).ToUniversalTime());
    }
}
