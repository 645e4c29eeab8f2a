using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Vietnamese search as shops' customers type it: without accents, in capitals, half-typed, with a typo.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogSearchTests(SeededCatalogFixture api)
{
    private IEnumerable<SeedProduct> ListedNamed(string foldedPhrase) =>
        api.Seed.Listed.Where(p => SeedCatalog.Fold(p.Name).Contains(foldedPhrase));

    private async Task<List<string>> SearchAsync(string search)
    {
        var slugs = await api.SlugsAsync(search);
        var listed = api.Seed.Listed.Select(p => p.Slug).ToHashSet();
        Assert.All(slugs, s => Assert.Contains(s, listed));
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        return slugs;
    }

    [Fact]
    public async Task Unaccented_query_finds_accented_names()
    {
        var fishSauce = ListedNamed("nuoc mam").Select(p => p.Slug).ToList();
        Assert.True(fishSauce.Count >= 3);
        var found = await SearchAsync("nuoc mam");
        Assert.Superset(fishSauce.ToHashSet(), found.ToHashSet());
    }

    [Theory]
    [InlineData("dac san", "dac san")]
    [InlineData("ĐẶC SẢN", "dac san")]
    [InlineData("van don", "van don")] // data side: "Vân Đồn" (capital Đ)
    public async Task D_with_stroke_folds_to_d_both_in_queries_and_in_names(string search, string foldedPhrase)
    {
        var expected = ListedNamed(foldedPhrase).Select(p => p.Slug).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Superset(expected, (await SearchAsync(search)).ToHashSet());
    }

    [Fact]
    public async Task Upper_case_accented_query_finds_lower_case_names()
    {
        var expected = ListedNamed("gao nep").Select(p => p.Slug).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Superset(expected, (await SearchAsync("GẠO NẾP")).ToHashSet());
    }

    [Fact]
    public async Task Accented_and_unaccented_queries_return_the_same_products_in_the_same_order()
    {
        Assert.Equal(await SearchAsync("nuoc mam"), await SearchAsync("nước mắm"));
        // Decomposed (NFD) input, as some keyboards send it, is the same query too.
        Assert.Equal(await SearchAsync("nuoc mam"), await SearchAsync("nước mắm".Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public async Task Prefix_query_finds_honey_products_first()
    {
        var honey = ListedNamed("mat ong").Select(p => p.Slug).ToHashSet();
        Assert.True(honey.Count >= 3);
        var found = await SearchAsync("mat o");
        Assert.Equal(honey, found.Take(honey.Count).ToHashSet());
    }

    [Fact]
    public async Task One_typo_in_a_longer_word_still_finds_fish_sauce()
    {
        var fishSauce = ListedNamed("nuoc mam").Select(p => p.Slug).ToHashSet();
        var found = await SearchAsync("nuoc mamm");
        Assert.Superset(fishSauce, found.ToHashSet());
    }

    [Fact]
    public async Task Former_province_name_finds_that_places_products_first()
    {
        var thaiBinh = api.Seed.Listed.Where(p => p.Cooperative.FormerProvinceCode == "34").Select(p => p.Slug).ToHashSet();
        Assert.NotEmpty(thaiBinh);
        var found = await SearchAsync("thai binh");
        Assert.Contains(found[0], thaiBinh);
        Assert.Superset(thaiBinh, found.ToHashSet());
    }

    [Fact]
    public async Task Former_province_code_filter_returns_exactly_that_places_products()
    {
        var (nodes, total) = await api.AllAsync(filter: new { provinceCodes = new[] { "34" } });
        var expected = api.Seed.Listed.Where(p => p.Cooperative.FormerProvinceCode == "34").Select(p => p.Slug).ToList();
        SlugAssert.SameSet(expected, nodes.Select(n => (string)n["slug"]!));
        Assert.Equal(expected.Count, total);
    }

    [Fact]
    public async Task Todays_province_code_includes_the_former_provinces_merged_into_it()
    {
        var slugs = await api.SlugsAsync(filter: new { provinceCodes = new[] { "33" } });
        var expected = api.Seed.Listed.Where(p => p.Cooperative.ProvinceCode == "33").Select(p => p.Slug).ToList();
        SlugAssert.SameSet(expected, slugs);
        Assert.Superset(api.Seed.Listed.Where(p => p.Cooperative.FormerProvinceCode == "34").Select(p => p.Slug).ToHashSet(), slugs.ToHashSet());
    }

    [Fact]
    public async Task Name_matches_rank_above_description_and_tag_matches()
    {
        var named = ListedNamed("mat ong").Select(p => p.Slug).ToHashSet();
        var found = await SearchAsync("mat ong");
        Assert.True(found.Count > named.Count, "the seed has products that mention honey only in their description or tags");
        Assert.Equal(named, found.Take(named.Count).ToHashSet());
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("   ")]
    [InlineData("–")]
    [InlineData("\"'; --")]
    public async Task Search_without_any_word_lists_like_no_search(string search)
    {
        var newest = await api.SlugsAsync(order: "NEWEST");
        Assert.Equal(newest, await api.SlugsAsync(search));
        Assert.Equal(newest, await api.SlugsAsync(search, order: "RELEVANCE"));
    }

    [Fact]
    public async Task Long_search_of_many_words_is_answered()
    {
        var words = string.Join(' ', Enumerable.Repeat("nước mắm cá cơm", 10));
        var found = await SearchAsync(words);
        Assert.NotEmpty(found);
    }
}
