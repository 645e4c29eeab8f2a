using Npgsql;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>
/// The search and filter conditions CAN use the listing table's indexes. On the 99-product seed alone the planner
/// rightly prefers scanning everything (even with sequential scans off, a full scan of a small partial keyset index
/// wins), so each EXPLAIN runs in a transaction that first adds 20,000 synthetic listing rows (the size of the issue's
/// benchmark catalogs, in provinces 40–89 so the seed's Thái Bình rows stay a small share) and ANALYZEs them, with
/// sequential scans off, and is rolled back. The SQL has the shape of
/// Catalog/Queries/ProductSearch.cs and ProductSqlFilter.cs over the table of Catalog/Search/ListingTable.cs.
/// </summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogIndexTests(SeededCatalogFixture api)
{
    private async Task<string> ExplainAsync(string where, string orderBy = "l.sort_date desc, l.id desc")
    {
        var table = $"{api.Schema}.ocop_product_listing";
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        async Task RunAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }
        await RunAsync($"""
            insert into {table} (id, cooperative_id, cooperative_slug, listed, province_code, former_province_code, grp, stars,
                                 certified_until, min_price, max_price, name_text, search, sort_date)
            select gen_random_uuid(), gen_random_uuid(), 'htx-' || (i % 500), i % 10 <> 0, ((i % 50) + 40)::text,
                   null, 'Food', 3 + i % 3, date '2027-01-01', 10000 + i * 37 % 900000, 20000 + i * 37 % 900000, t.name,
                   setweight(to_tsvector('simple', t.name), 'A') || setweight(to_tsvector('simple', 'mo ta san pham ' || i), 'B'),
                   timestamptz '2024-01-01' + make_interval(mins => i)
            from generate_series(1, 20000) i, lateral (select 'san pham ' || md5(i::text) || ' loai ' || (i % 97) as name) t
            """);
        // Rows inserted into a GIN index wait in its pending list, which the planner costs as a full scan until
        // VACUUM merges them (autovacuum does, on a real catalog); merge them now.
        await RunAsync($"select gin_clean_pending_list('{api.Schema}.ix_listing_search'), gin_clean_pending_list('{api.Schema}.ix_listing_name_trgm')");
        await RunAsync($"analyze {table}");
        await RunAsync("set local enable_seqscan = off");
        await using var explain = new NpgsqlCommand($"""
            explain select l.id from {table} l
            where l.listed and {where}
            order by {orderBy} limit 21
            """, connection, transaction);
        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        }
        await transaction.RollbackAsync();
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task Full_text_search_and_typo_branch_use_the_gin_indexes()
    {
        var plan = await ExplainAsync(
            "(l.search @@ to_tsquery('simple', 'nuoc:* & mam:*') or l.name_text %> 'nuoc mam')",
            "round((ts_rank(l.search, to_tsquery('simple', 'nuoc:* & mam:*')) + word_similarity('nuoc mam', l.name_text))::numeric, 6) desc, l.id desc");
        Assert.True(plan.Contains("ix_listing_search"), plan);
        Assert.True(plan.Contains("ix_listing_name_trgm"), plan);
        Assert.False(plan.Contains("Seq Scan"), plan);
    }

    [Theory]
    [InlineData("l.sort_date desc, l.id desc", "ix_listing_newest")]
    [InlineData("l.min_price asc, l.id asc", "ix_listing_price")]
    [InlineData("l.name_text asc, l.id asc", "ix_listing_name")]
    public async Task Keyset_pages_read_the_order_index(string orderBy, string index)
    {
        var column = orderBy.Split(' ')[0];
        var value = column switch { "l.sort_date" => "'2025-06-01T00:00:00Z'::timestamptz", "l.min_price" => "100000", _ => "'m'" };
        var op = orderBy.Contains("desc") ? "<" : ">";
        var plan = await ExplainAsync($"({column}, l.id) {op} ({value}, '00000000-0000-0000-0000-000000000000'::uuid)", orderBy);
        Assert.True(plan.Contains($"using {index} on"), plan);
        Assert.False(plan.Contains("Sort"), plan); // rows come out of the index already in order: a deep page costs a first page
        Assert.False(plan.Contains("Seq Scan"), plan);
    }

    [Fact]
    public async Task Province_filter_uses_the_province_indexes()
    {
        var plan = await ExplainAsync("(l.province_code = any(array['34']) or l.former_province_code = any(array['34']))");
        Assert.True(plan.Contains("ix_listing_province"), plan);
        Assert.True(plan.Contains("ix_listing_former_province"), plan);
        Assert.False(plan.Contains("Seq Scan"), plan);
    }

    [Fact]
    public async Task Cooperative_filter_uses_the_cooperative_index()
    {
        var plan = await ExplainAsync("l.cooperative_id = '00000000-0000-0000-0000-000000000000'::uuid");
        Assert.True(plan.Contains("ix_listing_cooperative"), plan);
        Assert.False(plan.Contains("Seq Scan"), plan);
    }
}
