using OcopMarket.Cooperatives;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Keyset pages: every listed product exactly once, forward and backward, with right pageInfo flags.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogPaginationTests(SeededCatalogFixture api)
{
    private static List<string> Slugs(JsonNode page) => page["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!).ToList();
    private static bool Flag(JsonNode page, string name) => (bool)page["pageInfo"]![name]!;
    private static string? Cursor(JsonNode page, string name) => (string?)page["pageInfo"]![name];

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("PRICE_ASC")]
    [InlineData("PRICE_DESC")]
    [InlineData("NAME_ASC")]
    [InlineData("STARS_DESC")]
    public async Task Walking_forward_by_seven_returns_every_listed_product_exactly_once(string order)
    {
        var walked = new List<string>();
        var pages = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = await api.PageAsync(order: order, first: 7, after: after);
            pages.Add(page);
            walked.AddRange(Slugs(page));
            after = Cursor(page, "endCursor");
            Assert.True(pages.Count < 50, "the walk does not end");
        } while (Flag(pages[^1], "hasNextPage"));

        Assert.Equal(walked.Count, walked.Distinct().Count());
        SlugAssert.SameSet(api.Seed.Listed.Select(p => p.Slug), walked);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(7, Slugs(p).Count));
        Assert.False(Flag(pages[0], "hasPreviousPage"));
        Assert.True(Flag(pages[0], "hasNextPage"));
        Assert.True(Flag(pages[^1], "hasPreviousPage"));
        Assert.False(Flag(pages[^1], "hasNextPage"));
        // The walk in pages is the same sequence as one big page.
        Assert.Equal(await api.SlugsAsync(order: order), walked);
    }

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("PRICE_ASC")]
    [InlineData("NAME_ASC")]
    public async Task Walking_backward_returns_the_same_products_in_reverse(string order)
    {
        var forward = await api.SlugsAsync(order: order);
        var backward = new List<string>();
        var pages = new List<JsonNode>();
        string? before = null;
        do
        {
            var page = await api.PageAsync(order: order, last: 7, before: before);
            pages.Add(page);
            var slugs = Slugs(page);
            slugs.Reverse();
            backward.AddRange(slugs);
            before = Cursor(page, "startCursor");
            Assert.True(pages.Count < 50, "the walk does not end");
        } while (Flag(pages[^1], "hasPreviousPage"));

        forward.Reverse();
        Assert.Equal(forward, backward);
        Assert.False(Flag(pages[0], "hasNextPage"));
        Assert.True(Flag(pages[0], "hasPreviousPage"));
        Assert.True(Flag(pages[^1], "hasNextPage"));
        Assert.False(Flag(pages[^1], "hasPreviousPage"));
    }

    [Fact]
    public async Task Search_results_page_by_relevance_without_gaps()
    {
        var all = await api.SlugsAsync("nuoc mam");
        var walked = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = await api.PageAsync("nuoc mam", first: 2, after: after);
            walked.AddRange(Slugs(page));
            after = Cursor(page, "endCursor");
        } while (Flag(page, "hasNextPage"));
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Cooperative_products_connection_pages_only_that_cooperatives_products()
    {
        var cooperative = api.Seed.Listed.GroupBy(p => p.Cooperative.Slug).OrderByDescending(g => g.Count()).First().Key;
        var expected = api.Seed.Listed.Where(p => p.Cooperative.Slug == cooperative).Select(p => p.Slug).ToList();
        Assert.True(expected.Count > 2);
        const string query = """
            query($slug: String!, $after: String) {
              cooperative(slug: $slug) { products(first: 2, after: $after, order: PRICE_ASC) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { slug cooperative { slug } } } } }
            }
            """;
        var walked = new List<string>();
        string? after = null;
        JsonNode products;
        do
        {
            products = (await api.Client.PostAsync(query, new { slug = cooperative, after })).OkData()["cooperative"]!["products"]!;
            Assert.Equal(expected.Count, (int)products["totalCount"]!);
            Assert.All(products["edges"]!.AsArray(), e => Assert.Equal(cooperative, (string)e!["node"]!["cooperative"]!["slug"]!));
            walked.AddRange(Slugs(products));
            after = Cursor(products, "endCursor");
        } while (Flag(products, "hasNextPage"));
        Assert.Equal(walked.Count, walked.Distinct().Count());
        SlugAssert.SameSet(expected, walked);
    }

    [Fact]
    public async Task First_zero_returns_an_empty_page_with_the_total()
    {
        var page = await api.PageAsync(first: 0);
        Assert.Empty(Slugs(page));
        Assert.Equal(api.Seed.Listed.Count(), (int)page["totalCount"]!);
    }
}

/// <summary>Its own catalog, because the test adds products while it walks.</summary>
public class PaginationStabilityFixture : SeededCatalogFixture
{
    protected override string FacetCacheSeconds => "0"; // these tests add products between pages
}

public class CatalogPaginationStabilityTests(PaginationStabilityFixture api) : IClassFixture<PaginationStabilityFixture>
{
    [Theory]
    [InlineData("NEWEST")]
    [InlineData("PRICE_ASC")]
    public async Task Products_added_between_pages_cause_no_duplicates_or_omissions(string order)
    {
        var existing = await api.SlugsAsync(order: order);
        var walked = new List<string>();
        var added = new HashSet<string>();
        string? after = null;
        var pageNumber = 0;
        while (true)
        {
            var page = await api.PageAsync(order: order, first: 7, after: after);
            var nodes = page["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
            walked.AddRange(nodes.Select(n => (string)n["slug"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string)page["pageInfo"]!["endCursor"]!;
            pageNumber++;
            // New products before the cursor, after it, and with exactly the last seen product's sort key.
            var last = nodes[^1];
            added.Add(await AddAsync($"{order}-{pageNumber}-head", DateTimeOffset.UtcNow, 1));
            added.Add(await AddAsync($"{order}-{pageNumber}-tail", new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero), 999_999_999));
            added.Add(await AddAsync($"{order}-{pageNumber}-tie", DateTimeOffset.Parse((string)last["publishedAt"]!), (long)last["minPrice"]!));
        }

        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(existing.ToHashSet(), walked.Where(s => !added.Contains(s)).ToHashSet());
        Assert.Equal(existing.Count, walked.Count(s => !added.Contains(s)));
        // The tail products sort after every existing one, so the walk reaches them.
        Assert.Contains(walked, s => s.EndsWith("-tail"));
    }

    private async Task<string> AddAsync(string key, DateTimeOffset publishedAt, long price)
    {
        using var scope = api.App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var cooperative = await writer.Session.Query<Cooperative>().FirstAsync(c => c.Status == CooperativeStatus.Verified);
        var slug = "added-" + key.ToLowerInvariant();
        writer.Save(new Product
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            CooperativeId = cooperative.Id,
            Name = "Sản phẩm thêm " + key,
            Description = "Thêm trong lúc phân trang.",
            Group = OcopGroup.Food,
            Status = ProductStatus.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            Variants = [new ProductVariant { Sku = slug.ToUpperInvariant(), Name = "Gói", Unit = "gói", RetailPrice = price }],
        }, CooperativeSummary.Of(cooperative));
        await writer.Session.SaveChangesAsync();
        return slug;
    }
}
