using System.Net;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

/// <summary>Transfers nobody could match wait for an admin, who assigns or dismisses them; and statements uploaded by hand.</summary>
[Collection(PaymentsCollection.Name)]
public class BankTransferQueueTests(PaymentsFixture api)
{
    private const string Queue = """
        query($first: Int, $after: String) { unmatchedBankTransfers(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id source bankTransactionId amount content status reason purchaseOrderNumber receivedAt } } }
        """;

    private const string Resolve = $$"""
        mutation($input: ResolveBankTransferInput!) { resolveBankTransfer(input: $input) {
          bankTransaction { id status purchaseOrderNumber resolutionNote resolvedAt } payment { {{PaymentFields}} }
          userErrors { code field message } } }
        """;

    private const string Import = """
        mutation($csv: String!) { importBankStatement(input: { csv: $csv }) {
          lines { line bankTransactionId amount status purchaseOrderNumber message } userErrors { code field message } } }
        """;

    private async Task<(PlacedOrder Order, string Reference)> StartedAsync()
    {
        var order = await PlaceAsync(api.Buyers[1], ("A2-KG", 2));
        var started = await Mutate(api.Buyers[1], StartTransfer, "startBankTransfer", new { id = order.Id });
        return (order, started["transfer"]!["reference"]!.GetValue<string>());
    }

    /// <summary>The whole queue, page by page (100 at a time), as the admin sees it.</summary>
    private async Task<(int TotalCount, List<JsonNode> Nodes)> QueueAsync(GraphQLClient? client = null)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        int total;
        while (true)
        {
            var page = (await (client ?? api.Admin).PostAsync(Queue, new { first = 100, after })).OkData()["unmatchedBankTransfers"]!;
            total = page["totalCount"]!.GetValue<int>();
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        return (total, nodes);
    }

    private static JsonNode? Find(List<JsonNode> nodes, long sePayId) =>
        nodes.FirstOrDefault(n => n["bankTransactionId"]!.GetValue<string>() == sePayId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<long> SendUnmatchedAsync(long amount, string memo = "chuyen tien hang thang 12")
    {
        var id = NewSePayId();
        Assert.Equal(HttpStatusCode.OK, (await PostSePayAsync(api, SePayNotice(id, amount, memo))).Status);
        return id;
    }

    private Task<JsonNode> ResolveAsync(object input, GraphQLClient? client = null) => Mutate(client ?? api.Admin, Resolve, "resolveBankTransfer", new { input });

    [Fact]
    public async Task An_unmatched_transfer_waits_in_the_queue_oldest_first_and_an_admin_assigns_it_to_the_order_it_pays()
    {
        var (order, _) = await StartedAsync();
        var older = await SendUnmatchedAsync(order.Total, "NGUYEN VAN A chuyen tien don hang"); // the buyer forgot the reference
        var newer = await SendUnmatchedAsync(5_000);

        var (total, nodes) = await QueueAsync();
        var waiting = Find(nodes, older)!;
        Assert.Equal(("sepay", order.Total, "UNMATCHED", "NO_REFERENCE"), (waiting["source"]!.GetValue<string>(), waiting["amount"]!.GetValue<long>(),
            waiting["status"]!.GetValue<string>(), waiting["reason"]!.GetValue<string>()));
        Assert.True(nodes.IndexOf(waiting) < nodes.IndexOf(Find(nodes, newer)!), "the queue is oldest first");
        Assert.Equal(nodes.Count, total);
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[1], order)));

        var resolved = await ResolveAsync(new { bankTransactionId = waiting["id"]!.GetValue<string>(), purchaseOrderId = order.Id });

        Assert.Empty(resolved["userErrors"]!.AsArray());
        Assert.Equal(("ASSIGNED", "PAID"), (resolved["bankTransaction"]!["status"]!.GetValue<string>(), Status(resolved["payment"])));
        var payment = await PaymentOf(api.Buyers[1], order);
        Assert.Equal(("PAID", order.Total), (Status(payment), payment!["amountReceived"]!.GetValue<long>()));
        var after = await QueueAsync();
        Assert.Null(Find(after.Nodes, older));
        Assert.Equal(total - 1, after.TotalCount);
        // Resolved once: assigning or dismissing it again changes nothing.
        Assert.Equal("ALREADY_RESOLVED", ErrorCode(await ResolveAsync(new { bankTransactionId = waiting["id"]!.GetValue<string>(), dismissReason = "x" })));
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[1], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task Money_for_an_order_already_paid_waits_in_the_queue_and_an_admin_dismisses_it_with_a_reason()
    {
        var (order, reference) = await StartedAsync();
        await PostSePayAsync(api, SePayNotice(NewSePayId(), order.Total, reference));
        var again = NewSePayId(); // the buyer paid twice, under two bank transactions
        await PostSePayAsync(api, SePayNotice(again, order.Total, $"{reference} lan 2"));

        var waiting = Find((await QueueAsync()).Nodes, again)!;
        Assert.Equal("ALREADY_SETTLED", waiting["reason"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(waiting["purchaseOrderNumber"]?.GetValue<string>()));
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[1], order))!["amountReceived"]!.GetValue<long>());
        var id = waiting["id"]!.GetValue<string>();

        Assert.Equal("ALREADY_PAID", ErrorCode(await ResolveAsync(new { bankTransactionId = id, purchaseOrderId = order.Id })));
        var dismissed = await ResolveAsync(new { bankTransactionId = id, dismissReason = "Trả lại cho người chuyển ngày 05/12" });

        Assert.Empty(dismissed["userErrors"]!.AsArray());
        Assert.Equal(("DISMISSED", "Trả lại cho người chuyển ngày 05/12"),
            (dismissed["bankTransaction"]!["status"]!.GetValue<string>(), dismissed["bankTransaction"]!["resolutionNote"]!.GetValue<string>()));
        Assert.Null(Find((await QueueAsync()).Nodes, again));
    }

    [Fact]
    public async Task Resolving_takes_exactly_one_of_order_or_reason_known_ids_and_an_admin()
    {
        var (order, _) = await StartedAsync();
        var unstarted = await PlaceAsync(api.Buyers[1], ("A2-KG", 1)); // no transfer started: nothing to assign to
        var sent = await SendUnmatchedAsync(order.Total);
        var id = Find((await QueueAsync()).Nodes, sent)!["id"]!.GetValue<string>();

        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = id })));
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = id, purchaseOrderId = order.Id, dismissReason = "x" })));
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = id, dismissReason = "   " })));
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = id, dismissReason = new string('x', 501) })));
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = "nope", dismissReason = "x" })));
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = id, purchaseOrderId = id })));
        var unknown = OcopMarket.Kernel.GraphQL.GlobalId.Encode("BankTransaction", Guid.NewGuid());
        Assert.Equal("NOT_FOUND", ErrorCode(await ResolveAsync(new { bankTransactionId = unknown, dismissReason = "x" })));
        Assert.Equal("NOT_FOUND", ErrorCode(await ResolveAsync(new { bankTransactionId = id, purchaseOrderId = unstarted.Id })));
        foreach (var client in new[] { api.Buyers[1], api.ManagerA })
            Assert.Equal("FORBIDDEN", ErrorCode(await ResolveAsync(new { bankTransactionId = id, dismissReason = "x" }, client)));
        Assert.Equal("FORBIDDEN", (await api.Buyers[1].PostAsync(Queue, new { first = 5 })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Queue, new { first = 5 })).FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", (await api.Admin.PostAsync(Queue, new { first = 5, after = "garbage" })).FirstErrorCode);

        Assert.NotNull(Find((await QueueAsync()).Nodes, sent)); // every refusal left it waiting
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[1], order)));
    }

    [Fact]
    public async Task An_admin_names_the_order_by_its_number_or_transfer_reference_and_an_unknown_one_is_NOT_FOUND_in_the_callers_language()
    {
        var (byNumber, _) = await StartedAsync();
        var (byReference, reference) = await StartedAsync();
        var number = (await api.Admin.PostAsync("query($id: ID!) { purchaseOrder(id: $id) { number } }", new { id = byNumber.Id }))
            .OkData()["purchaseOrder"]!["number"]!.GetValue<string>();
        var first = await SendUnmatchedAsync(byNumber.Total);
        var second = await SendUnmatchedAsync(byReference.Total);
        var nodes = (await QueueAsync()).Nodes;
        string IdOf(long sePayId) => Find(nodes, sePayId)!["id"]!.GetValue<string>();

        var unknown = await Mutate(api.Admin.WithLanguage("vi"), Resolve, "resolveBankTransfer",
            new { input = new { bankTransactionId = IdOf(first), orderReference = "PO-000000-NOTHING" } });
        Assert.Equal("NOT_FOUND", ErrorCode(unknown));
        Assert.Equal("orderReference", unknown["userErrors"]![0]!["field"]!.AsArray().Last()!.GetValue<string>());
        Assert.StartsWith("Không có đơn mua hàng nào", unknown["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("VALIDATION", ErrorCode(await ResolveAsync(new { bankTransactionId = IdOf(first), purchaseOrderId = byNumber.Id, orderReference = number })));

        var assigned = await ResolveAsync(new { bankTransactionId = IdOf(first), orderReference = $" {number.ToLowerInvariant()} " });
        Assert.Empty(assigned["userErrors"]!.AsArray());
        Assert.Equal(("ASSIGNED", number), (assigned["bankTransaction"]!["status"]!.GetValue<string>(),
            assigned["bankTransaction"]!["purchaseOrderNumber"]!.GetValue<string>()));
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[1], byNumber)));

        var viaReference = await ResolveAsync(new { bankTransactionId = IdOf(second), orderReference = $"{reference[..7]}-{reference[7..].ToLowerInvariant()}" });
        Assert.Empty(viaReference["userErrors"]!.AsArray());
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[1], byReference)));
    }

    [Fact]
    public async Task Two_admins_resolving_the_same_transfer_at_once_resolve_it_once()
    {
        var (order, _) = await StartedAsync();
        var sent = await SendUnmatchedAsync(order.Total / 2);
        var id = Find((await QueueAsync()).Nodes, sent)!["id"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ResolveAsync(new { bankTransactionId = id, purchaseOrderId = order.Id })));

        Assert.Single(answers, a => a["userErrors"]!.AsArray().Count == 0);
        Assert.All(answers.Where(a => a["userErrors"]!.AsArray().Count > 0), a => Assert.Equal("ALREADY_RESOLVED", ErrorCode(a)));
        Assert.Equal(order.Total / 2, (await PaymentOf(api.Buyers[1], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_statement_reconciles_line_by_line_and_its_re_upload_changes_nothing()
    {
        var (exact, exactReference) = await StartedAsync();
        var (shortPaid, shortReference) = await StartedAsync();
        var run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        static string Dots(long amount) => amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", ".");
        var csv = $"""
            STT,Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung,Mã giao dịch
            1,04/12/2026 09:15:02,,"{Dots(exact.Total)}",9.000.000,"IBFT {exactReference.ToLowerInvariant()} thanh toan",FT{run}01
            2,04/12/2026,,"{Dots(shortPaid.Total - 1000)}",9.000.000,"{shortReference[..7]}-{shortReference[7..]} ck",FT{run}02
            3,05/12/2026,,250.000,9.000.000,chuyen tien khong ro noi dung,FT{run}03
            4,05/12/2026,50.000,,9.000.000,phi dich vu,FT{run}04
            5,05/12/2026,,12.5,9.000.000,le,FT{run}05
            6,không phải ngày,,100.000,9.000.000,x,FT{run}06
            7,05/12/2026,,100.000,9.000.000,x,
            """;
        var queueBefore = (await QueueAsync()).TotalCount;

        var first = await Mutate(api.Admin, Import, "importBankStatement", new { csv });

        Assert.Empty(first["userErrors"]!.AsArray());
        var statuses = first["lines"]!.AsArray().Select(l => l!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(["MATCHED", "MISMATCH", "UNMATCHED", "IGNORED", "INVALID", "INVALID", "INVALID"], statuses);
        Assert.Equal(Enumerable.Range(2, 7), first["lines"]!.AsArray().Select(l => l!["line"]!.GetValue<int>()));
        Assert.Equal(exact.Total, first["lines"]![0]!["amount"]!.GetValue<long>());
        Assert.False(string.IsNullOrEmpty(first["lines"]![4]!["message"]?.GetValue<string>()));
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[1], exact)));
        var mismatch = await PaymentOf(api.Buyers[1], shortPaid);
        Assert.Equal(("AMOUNT_MISMATCH", shortPaid.Total - 1000), (Status(mismatch), mismatch!["amountReceived"]!.GetValue<long>()));
        var queue = await QueueAsync();
        Assert.Equal(queueBefore + 1, queue.TotalCount);
        Assert.Contains(queue.Nodes, n => n["bankTransactionId"]!.GetValue<string>() == $"FT{run}03" && n["source"]!.GetValue<string>() == "statement");

        var again = await Mutate(api.Admin, Import, "importBankStatement", new { csv });

        Assert.Equal(["DUPLICATE", "DUPLICATE", "DUPLICATE", "IGNORED", "INVALID", "INVALID", "INVALID"],
            again["lines"]!.AsArray().Select(l => l!["status"]!.GetValue<string>()));
        Assert.Equal(exact.Total, (await PaymentOf(api.Buyers[1], exact))!["amountReceived"]!.GetValue<long>());
        Assert.Equal(("AMOUNT_MISMATCH", shortPaid.Total - 1000),
            (Status(await PaymentOf(api.Buyers[1], shortPaid)), (await PaymentOf(api.Buyers[1], shortPaid))!["amountReceived"]!.GetValue<long>()));
        Assert.Equal(queueBefore + 1, (await QueueAsync()).TotalCount);
    }

    [Fact]
    public async Task English_headers_and_semicolons_are_read_too_and_a_sepay_notice_of_the_same_bank_transaction_is_a_duplicate()
    {
        var (order, reference) = await StartedAsync();
        var sePayId = NewSePayId();
        await PostSePayAsync(api, SePayNotice(sePayId, order.Total, reference)); // its referenceCode is MBVCB.{id}
        var run = Guid.NewGuid().ToString("N")[..10];
        var csv = $"Transaction Date;Description;Credit Amount;Debit;Reference No\r\n" +
                  $"2026-12-04 14:02:37;{reference};{order.Total};;MBVCB.{sePayId}\r\n" +
                  $"2026-12-04;unknown payer;1,000,000.00;;EN{run}\r\n";

        var lines = (await Mutate(api.Admin, Import, "importBankStatement", new { csv }))["lines"]!.AsArray();

        Assert.Equal(["DUPLICATE", "UNMATCHED"], lines.Select(l => l!["status"]!.GetValue<string>()));
        Assert.Equal(1_000_000, lines[1]!["amount"]!.GetValue<long>());
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[1], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_statement_goes_up_as_a_file_in_a_multipart_request_as_its_csv_does_and_must_be_UTF8()
    {
        const string importFile = """
            mutation($file: Upload) { importBankStatement(input: { file: $file }) { lines { line status amount } userErrors { code field message } } }
            """;
        var run = Guid.NewGuid().ToString("N")[..10];
        var csv = $"\uFEFFNgày giao dịch,Số tiền ghi có,Nội dung,Mã giao dịch\r\n05/12/2026,\"1.250.000\",khach le chuyen tien,UP{run}\r\n";
        async Task<JsonNode> UploadAsync(byte[] bytes)
        {
            var content = new System.Net.Http.MultipartFormDataContent();
            content.Add(new System.Net.Http.StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = importFile, variables = new { file = (string?)null } }),
                System.Text.Encoding.UTF8, "application/json"), "operations");
            content.Add(new System.Net.Http.StringContent("""{"0":["variables.file"]}""", System.Text.Encoding.UTF8, "application/json"), "map");
            content.Add(new System.Net.Http.ByteArrayContent(bytes), "0", "sao-ke.csv");
            using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            return (await api.Admin.WithLanguage("vi").SendAsync(request)).OkData()["importBankStatement"]!;
        }

        var first = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(csv));
        var again = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(csv));
        var notUtf8 = await UploadAsync([0x4e, 0x67, 0xe0, 0x79, 0x0d, 0x0a, 0xff, 0xfe]);

        Assert.Empty(first["userErrors"]!.AsArray());
        Assert.Equal(("UNMATCHED", 1_250_000L), (first["lines"]![0]!["status"]!.GetValue<string>(), first["lines"]![0]!["amount"]!.GetValue<long>()));
        Assert.Equal("DUPLICATE", again["lines"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("VALIDATION", ErrorCode(notUtf8));
        Assert.StartsWith("Tệp không phải văn bản UTF-8", notUtf8["userErrors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_statement_without_the_needed_columns_is_refused_whole_and_only_admins_import()
    {
        var missing = await Mutate(api.Admin, Import, "importBankStatement", new { csv = "Ngày,Số tiền,Nội dung\n04/12/2026,100000,x\n" });
        Assert.Equal(("VALIDATION", "csv"), (ErrorCode(missing), missing["userErrors"]![0]!["field"]!.AsArray().Last()!.GetValue<string>()));
        Assert.Equal("VALIDATION", ErrorCode(await Mutate(api.Admin, Import, "importBankStatement", new { csv = "" })));
        var vietnamese = await Mutate(api.Admin.WithLanguage("vi"), Import, "importBankStatement", new { csv = "a,b\n1,2\n" });
        Assert.StartsWith("Dòng tiêu đề thiếu các cột", vietnamese["userErrors"]![0]!["message"]!.GetValue<string>());

        var csv = $"Ngày,Số tiền,Nội dung,Mã giao dịch\n04/12/2026,100000,x,F{Guid.NewGuid():N}\n";
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.Buyers[1], Import, "importBankStatement", new { csv })));
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.ManagerA, Import, "importBankStatement", new { csv })));
        // The refused uploads recorded nothing: the admin's upload of the same line is its first.
        Assert.Equal("UNMATCHED", (await Mutate(api.Admin, Import, "importBankStatement", new { csv }))["lines"]![0]!["status"]!.GetValue<string>());
    }
}
