using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>The listings query: a cooperative's own listings in every status, for its managers and admins only.</summary>
public class ListingQueriesTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private const string Listings = """
        query($first: Int, $after: String, $status: [ProductStatus!], $cooperativeId: ID) {
          listings(first: $first, after: $after, status: $status, cooperativeId: $cooperativeId) {
            nodes { slug status } pageInfo { hasNextPage endCursor } } }
        """;

    /// <summary>A new cooperative with a draft, a published and an archived listing; returns it and their slugs.</summary>
    private async Task<(ManagementFixture.Cooperative Cooperative, string Draft, string Published, string Archived)> CooperativeWithListingsAsync()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: true);
        var slugs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var product = await api.CreateProductAsync(cooperative.Manager, slug: $"{i}-{cooperative.Slug}");
            var id = product["id"]!.GetValue<string>();
            if (i > 0) await cooperative.Manager.PostAsync(Mgmt.Publish, new { id });
            if (i > 1) await cooperative.Manager.PostAsync(Mgmt.Archive, new { id });
            slugs.Add(product["slug"]!.GetValue<string>());
        }
        return (cooperative, slugs[0], slugs[1], slugs[2]);
    }

    [Fact]
    public async Task A_manager_sees_their_own_listings_in_every_status_and_no_one_elses()
    {
        var (mine, draft, published, archived) = await CooperativeWithListingsAsync();
        var (_, otherDraft, _, _) = await CooperativeWithListingsAsync();

        var all = (await mine.Manager.PostAsync(Listings, new { first = 100 })).OkData()["listings"]!["nodes"]!.AsArray()
            .Select(n => (Slug: n!["slug"]!.GetValue<string>(), Status: n["status"]!.GetValue<string>())).ToList();
        Assert.Equal([(draft, "DRAFT"), (published, "PUBLISHED"), (archived, "ARCHIVED")], all);
        Assert.DoesNotContain(all, l => l.Slug == otherDraft);

        var drafts = (await mine.Manager.PostAsync(Listings, new { status = new[] { "DRAFT", "ARCHIVED" } })).OkData()["listings"]!["nodes"]!.AsArray()
            .Select(n => n!["slug"]!.GetValue<string>());
        Assert.Equal([draft, archived], drafts);
    }

    [Fact]
    public async Task Walking_one_at_a_time_returns_each_listing_once()
    {
        var (mine, draft, published, archived) = await CooperativeWithListingsAsync();
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await mine.Manager.PostAsync(Listings, new { first = 1, after })).OkData()["listings"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal([draft, published, archived], seen);
    }

    [Fact]
    public async Task Only_managers_of_the_cooperative_and_admins_may_list_its_listings()
    {
        var (mine, draft, _, _) = await CooperativeWithListingsAsync();
        var other = await api.RegisterCooperativeAsync(verify: true);

        Assert.Equal("FORBIDDEN", (await other.Manager.PostAsync(Listings, new { cooperativeId = mine.Id })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync(Listings)).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Listings)).FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", (await mine.Manager.PostAsync(Listings, new { after = "bm90LWEtY3Vyc29y" })).FirstErrorCode);

        var asAdmin = (await api.Admin.PostAsync(Listings, new { cooperativeId = mine.Id, first = 100 })).OkData()["listings"]!["nodes"]!.AsArray();
        Assert.Equal(3, asAdmin.Count);
        Assert.Contains(asAdmin, n => n!["slug"]!.GetValue<string>() == draft);
    }
}
