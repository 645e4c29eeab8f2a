using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>The alliance's queues: buyers and cooperatives by status, the longest waiting first, for admins only.</summary>
public class AdminQueueTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private const string Buyers = """
        query($status: [BuyerStatus!], $first: Int, $after: String) { buyers(status: $status, first: $first, after: $after) {
          totalCount nodes { id name status createdAt } pageInfo { hasNextPage endCursor } } }
        """;

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public async Task The_buyer_queue_lists_registered_buyers_oldest_first_across_pages()
    {
        var registered = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var payload = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
            Assert.Empty(payload["userErrors"]!.AsArray());
            registered.Add(Str(payload["buyer"]!["id"]));
        }

        var walked = new List<JsonNode>();
        string? after = null;
        int? total = null;
        do
        {
            var page = (await api.Admin.PostAsync(Buyers, new { status = new[] { "REGISTERED" }, first = 2, after })).OkData()["buyers"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            walked.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? Str(page["pageInfo"]!["endCursor"]) : null;
        } while (after != null);

        Assert.All(walked, b => Assert.Equal("REGISTERED", Str(b["status"])));
        Assert.Equal(total, walked.Count);
        Assert.Equal(walked.Count, walked.Select(b => Str(b["id"])).Distinct().Count()); // no buyer twice across pages
        var times = walked.Select(b => DateTimeOffset.Parse(Str(b["createdAt"]), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order().ToList(), times); // the longest waiting first
        var ours = walked.Select(b => Str(b["id"])).Where(registered.Contains).ToList();
        Assert.Equal(registered, ours); // in the order they registered

        // Verified buyers are not in the registered queue, and are in the verified one.
        var verified = (await api.Admin.PostAsync("mutation($id: ID!) { verifyBuyer(input: { buyerId: $id }) { userErrors { code } } }", new { id = registered[0] }))
            .OkData()["verifyBuyer"]!;
        Assert.Empty(verified["userErrors"]!.AsArray());
        var queue = (await api.Admin.PostAsync(Buyers, new { status = new[] { "REGISTERED" }, first = 100 })).OkData()["buyers"]!;
        Assert.DoesNotContain(queue["nodes"]!.AsArray(), b => Str(b!["id"]) == registered[0]);
        Assert.Equal(total - 1, queue["totalCount"]!.GetValue<int>());
        var done = (await api.Admin.PostAsync(Buyers, new { status = new[] { "VERIFIED" }, first = 100 })).OkData()["buyers"]!;
        Assert.Contains(done["nodes"]!.AsArray(), b => Str(b!["id"]) == registered[0]);
    }

    [Fact]
    public async Task Only_admins_see_the_queues()
    {
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync(Buyers, new { status = new[] { "REGISTERED" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.A.Manager.PostAsync(Buyers, new { })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Buyers, new { })).FirstErrorCode);
        var coops = "{ cooperatives(first: 5, filter: { status: [UNVERIFIED] }) { totalCount } }";
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync(coops)).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(coops)).FirstErrorCode);
        // Asking for the public directory by name is what everyone gets anyway.
        Assert.Null((await api.Client.PostAsync("{ cooperatives(first: 5, filter: { status: [VERIFIED] }) { totalCount } }")).Errors);
    }

    [Fact]
    public async Task The_cooperative_queue_shows_unverified_cooperatives_to_admins_and_never_in_the_public_directory()
    {
        var waiting = await api.RegisterCooperativeAsync(verify: false);
        var queue = (await api.Admin.PostAsync("{ cooperatives(first: 100, filter: { status: [UNVERIFIED] }) { totalCount nodes { id slug status } } }"))
            .OkData()["cooperatives"]!;
        Assert.Contains(queue["nodes"]!.AsArray(), c => Str(c!["slug"]) == waiting.Slug);
        Assert.All(queue["nodes"]!.AsArray(), c => Assert.Equal("UNVERIFIED", Str(c!["status"])));
        Assert.Equal(queue["nodes"]!.AsArray().Count, queue["totalCount"]!.GetValue<int>());

        var directory = (await api.Client.PostAsync("{ cooperatives(first: 100) { nodes { slug status } } }")).OkData()["cooperatives"]!["nodes"]!.AsArray();
        Assert.DoesNotContain(directory, c => Str(c!["slug"]) == waiting.Slug);
        Assert.All(directory, c => Assert.Equal("VERIFIED", Str(c!["status"])));
    }

    [Fact]
    public async Task The_cooperative_queue_comes_the_longest_waiting_first_across_pages_not_in_slug_order()
    {
        var u = IdentityFixture.Unique();
        var registered = new List<string>();
        foreach (var prefix in new[] { "htx-zz-", "htx-mm-", "htx-aa-" }) // registered in the reverse of slug order
            registered.Add((await api.RegisterCooperativeAsync(verify: false, slug: prefix + u)).Id);

        const string queue = """
            query($first: Int, $after: String) { cooperatives(filter: { status: [UNVERIFIED] }, first: $first, after: $after) {
              totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }
            """;
        var walked = new List<string>();
        string? after = null;
        int? total = null;
        do
        {
            var page = (await api.Admin.PostAsync(queue, new { first = 2, after })).OkData()["cooperatives"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            Assert.All(page["nodes"]!.AsArray(), c => Assert.Equal("UNVERIFIED", Str(c!["status"])));
            walked.AddRange(page["nodes"]!.AsArray().Select(c => Str(c!["id"])));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? Str(page["pageInfo"]!["endCursor"]) : null;
        } while (after != null);

        Assert.Equal(total, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count()); // none twice across pages
        Assert.Equal(registered, walked.Where(registered.Contains).ToList()); // in the order they registered, not by slug
        // A directory cursor (slug order) is not a queue cursor: refused, not misread.
        var directory = (await api.Client.PostAsync("{ cooperatives(first: 2) { pageInfo { endCursor } } }")).OkData()["cooperatives"]!;
        Assert.Equal("INVALID_CURSOR", (await api.Admin.PostAsync(queue, new { first = 2, after = Str(directory["pageInfo"]!["endCursor"]) })).FirstErrorCode);
    }

    [Fact]
    public async Task The_certificate_queue_comes_the_longest_waiting_first_and_a_changed_certificate_waits_anew()
    {
        var u = IdentityFixture.Unique();
        var attached = new List<string>();
        async Task AttachAsync(string id, string decision)
        {
            var certificate = new { productId = id, stars = 4, decisionNumber = decision, issuer = "UBND tỉnh Thái Bình", level = "Province", issuedOn = "2024-03-01" };
            Assert.Empty((await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new { input = certificate })).OkData()["attachCertificate"]!["userErrors"]!.AsArray());
        }
        foreach (var prefix in new[] { "zz", "mm", "aa" }) // attached in the reverse of slug order
        {
            var id = Str((await api.CreateProductAsync(api.A.Manager, $"{prefix}-cho-{u}", $"Q-{prefix}-{u}".ToUpperInvariant()))["id"]);
            await AttachAsync(id, $"{prefix}/{u}/QĐ-UBND");
            attached.Add(id);
        }

        const string queue = """
            query($first: Int, $after: String) { listings(certificateUnverified: true, first: $first, after: $after) {
              totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
            """;
        async Task<List<string>> WalkAsync()
        {
            var walked = new List<string>();
            string? after = null;
            int? total = null;
            do
            {
                var page = (await api.Admin.PostAsync(queue, new { first = 2, after })).OkData()["listings"]!;
                total ??= page["totalCount"]!.GetValue<int>();
                walked.AddRange(page["nodes"]!.AsArray().Select(p => Str(p!["id"])));
                after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? Str(page["pageInfo"]!["endCursor"]) : null;
            } while (after != null);
            Assert.Equal(total, walked.Count);
            Assert.Equal(walked.Count, walked.Distinct().Count()); // none twice across pages
            return walked;
        }

        Assert.Equal(attached, (await WalkAsync()).Where(attached.Contains).ToList()); // in the order they were attached, not by slug
        await AttachAsync(attached[0], $"zz/{u}/QĐ-UBND sửa");                       // a corrected decision: checked anew, last
        Assert.Equal([attached[1], attached[2], attached[0]], (await WalkAsync()).Where(attached.Contains).ToList());
    }

    [Fact]
    public async Task The_certificate_queue_lists_what_awaits_a_check_and_drops_it_once_verified()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = Str(product["id"]);
        var certificate = new { productId = id, stars = 4, decisionNumber = "123/QĐ-UBND", issuer = "UBND tỉnh Thái Bình", level = "Province", issuedOn = "2024-03-01" };
        Assert.Empty((await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new { input = certificate })).OkData()["attachCertificate"]!["userErrors"]!.AsArray());

        const string queue = "{ listings(first: 100, certificateUnverified: true) { totalCount nodes { id certified } } }";
        var waiting = (await api.Admin.PostAsync(queue)).OkData()["listings"]!;
        Assert.Contains(waiting["nodes"]!.AsArray(), p => Str(p!["id"]) == id);
        Assert.All(waiting["nodes"]!.AsArray(), p => Assert.False(p!["certified"]!.GetValue<bool>()));
        Assert.Equal(waiting["nodes"]!.AsArray().Count, waiting["totalCount"]!.GetValue<int>());

        Assert.Empty((await api.Admin.PostAsync(Mgmt.VerifyCertificate, new { id })).OkData()["verifyCertificate"]!["userErrors"]!.AsArray());
        var after = (await api.Admin.PostAsync(queue)).OkData()["listings"]!;
        Assert.DoesNotContain(after["nodes"]!.AsArray(), p => Str(p!["id"]) == id);
        Assert.Equal(waiting["totalCount"]!.GetValue<int>() - 1, after["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_suspension_says_why_and_the_member_sees_the_reason()
    {
        var payload = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
        var id = Str(payload["buyer"]!["id"]);
        var member = api.Client.WithToken(Str(payload["token"]));
        const string suspend = """
            mutation($input: BuyerIdInput!) { suspendBuyer(input: $input) { buyer { status statusReason statusChangedAt } userErrors { code field } } }
            """;

        var tooLong = (await api.Admin.PostAsync(suspend, new { input = new { buyerId = id, reason = new string('x', 501) } })).OkData()["suspendBuyer"]!;
        Assert.Equal("VALIDATION", Str(tooLong["userErrors"]![0]!["code"]));
        Assert.Equal(["input", "reason"], tooLong["userErrors"]![0]!["field"]!.AsArray().Select(Str));
        Assert.Equal("REGISTERED", Str((await member.PostAsync("{ me { buyer { status } } }")).OkData()["me"]!["buyer"]!["status"])); // nothing changed

        var suspended = (await api.Admin.PostAsync(suspend, new { input = new { buyerId = id, reason = "  Mã số thuế không khớp với giấy phép kinh doanh.  " } })).OkData()["suspendBuyer"]!;
        Assert.Empty(suspended["userErrors"]!.AsArray());
        Assert.Equal("SUSPENDED", Str(suspended["buyer"]!["status"]));
        var seen = (await member.PostAsync("{ me { buyer { status statusReason statusChangedAt } } }")).OkData()["me"]!["buyer"]!;
        Assert.Equal("Mã số thuế không khớp với giấy phép kinh doanh.", Str(seen["statusReason"]));
        Assert.NotNull(seen["statusChangedAt"]);

        // A cooperative's reason is its managers' and the admins', not the public's.
        var coop = await api.RegisterCooperativeAsync(verify: false);
        const string suspendCoop = """
            mutation($id: ID!, $reason: String) { suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { status statusReason } userErrors { code } } }
            """;
        var done = (await api.Admin.PostAsync(suspendCoop, new { id = coop.Id, reason = "Chưa nộp giấy chứng nhận đăng ký HTX." })).OkData()["suspendCooperative"]!;
        Assert.Equal(("SUSPENDED", "Chưa nộp giấy chứng nhận đăng ký HTX."), (Str(done["cooperative"]!["status"]), Str(done["cooperative"]!["statusReason"])));
        var own = (await coop.Manager.PostAsync("{ me { cooperative { statusReason } } }")).OkData()["me"]!["cooperative"]!;
        Assert.Equal("Chưa nộp giấy chứng nhận đăng ký HTX.", Str(own["statusReason"]));
        var other = (await api.B.Manager.PostAsync("query($id: ID!) { node(id: $id) { ... on Cooperative { statusReason } } }", new { id = coop.Id })).Data?["node"];
        Assert.True(other == null || other["statusReason"] == null);
    }
}
