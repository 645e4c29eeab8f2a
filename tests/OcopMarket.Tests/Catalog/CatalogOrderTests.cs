using System.Text;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Each order returns every listed product once, correctly sorted (checked against the seed's own values).</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogOrderTests(SeededCatalogFixture api)
{
    private async Task<List<SeedProduct>> OrderedAsync(string? order, string? search = null)
    {
        var slugs = await api.SlugsAsync(search, order: order);
        if (search == null) SlugAssert.SameSet(api.Seed.Listed.Select(p => p.Slug), slugs);
        return slugs.Select(api.Seed.Product).ToList();
    }

    private static void AssertSorted<T>(IReadOnlyList<SeedProduct> products, Func<SeedProduct, T> key, bool descending, IComparer<T>? comparer = null)
    {
        comparer ??= Comparer<T>.Default;
        for (var i = 1; i < products.Count; i++)
        {
            var c = comparer.Compare(key(products[i - 1]), key(products[i]));
            Assert.True(descending ? c >= 0 : c <= 0,
                $"{products[i - 1].Slug} ({key(products[i - 1])}) comes before {products[i].Slug} ({key(products[i])})");
        }
    }

    [Fact]
    public async Task Newest_puts_the_latest_published_first() =>
        AssertSorted(await OrderedAsync("NEWEST"), p => p.PublishedAt!.Value, descending: true);

    [Fact]
    public async Task Without_search_the_default_order_is_newest() =>
        Assert.Equal((await OrderedAsync("NEWEST")).Select(p => p.Slug), (await OrderedAsync(null)).Select(p => p.Slug));

    [Fact]
    public async Task Price_ascending_sorts_by_lowest_variant_price() =>
        AssertSorted(await OrderedAsync("PRICE_ASC"), p => p.MinPrice, descending: false);

    [Fact]
    public async Task Price_descending_sorts_by_lowest_variant_price_descending() =>
        AssertSorted(await OrderedAsync("PRICE_DESC"), p => p.MinPrice, descending: true);

    [Fact]
    public async Task Name_ascending_sorts_by_name_ignoring_accents_and_case() =>
        AssertSorted(await OrderedAsync("NAME_ASC"), p => SortName(p.Name), descending: false, StringComparer.Ordinal);

    [Fact]
    public async Task Stars_descending_ranks_valid_certificates_only()
    {
        var products = await OrderedAsync("STARS_DESC");
        AssertSorted(products, p => p.ValidStars, descending: true);
        // An expired or unverified 5★ certificate must not lift a product above a valid 3★ one.
        Assert.Contains(products, p => p.Stars > 0 && p.ValidStars == 0);
    }

    [Fact]
    public async Task Relevance_is_the_default_order_when_searching()
    {
        var byDefault = await OrderedAsync(null, "mat ong");
        var byRelevance = await OrderedAsync("RELEVANCE", "mat ong");
        Assert.Equal(byRelevance.Select(p => p.Slug), byDefault.Select(p => p.Slug));
        Assert.NotEqual((await OrderedAsync("NEWEST", "mat ong")).Select(p => p.Slug), byDefault.Select(p => p.Slug));
    }

    [Fact]
    public async Task Another_order_still_applies_to_a_search()
    {
        var relevance = (await OrderedAsync("RELEVANCE", "mat ong")).Select(p => p.Slug).ToHashSet();
        var cheapest = await OrderedAsync("PRICE_ASC", "mat ong");
        Assert.Equal(relevance, cheapest.Select(p => p.Slug).ToHashSet());
        AssertSorted(cheapest, p => p.MinPrice, descending: false);
    }

    /// <summary>Accents and case folded, punctuation as spaces: "Đặc sản (Nam Định)" → "dac san nam dinh".</summary>
    private static string SortName(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in SeedCatalog.Fold(name))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        return builder.ToString().TrimEnd();
    }
}
