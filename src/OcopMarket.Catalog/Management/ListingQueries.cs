using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Catalog.Management;

/// <summary>
/// A cooperative's own listings in every status, drafts and archived ones too (the public catalog shows only
/// published products of verified cooperatives): what its managers edit. Managers see their cooperative's, admins
/// one cooperative's or all; the scope comes from the viewer, never from the client. Ordered by slug (unique and
/// indexed), so a walk returns every listing once even while listings are being edited. The admins' certificate queue
/// (certificateUnverified: true) comes the longest waiting first instead: since the certificate was attached or last
/// changed (OcopCertificate.SubmittedAt; else since the listing was created).
/// </summary>
internal sealed class ListingQueries(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, Viewer viewer)
{
    public async Task<Page<Product>> PageAsync(int first, string? after, IReadOnlyList<ProductStatus>? statuses, Guid? cooperativeId,
        CancellationToken ct, bool? certificateUnverified = null, string? search = null)
    {
        viewer.DemandRole(Role.CooperativeManager, Role.Admin);
        if (cooperativeId is { } requested) viewer.DemandCooperative(requested);
        var scope = viewer.IsAdmin ? cooperativeId : viewer.CooperativeId;

        await using var command = db.CreateCommand();
        var conditions = new List<string> { "true" };
        if (scope is { } coop)
        {
            // The expression of Marten's index on Product.CooperativeId.
            conditions.Add("(d.data ->> 'CooperativeId')::uuid = @coop");
            command.Parameters.AddWithValue("coop", coop);
        }
        if (statuses is { Count: > 0 })
        {
            conditions.Add("d.data ->> 'Status' = any(@statuses)");
            command.Parameters.AddWithValue("statuses", statuses.Select(s => s.ToString()).ToArray());
        }
        if (certificateUnverified is { } unverified)
            conditions.Add(unverified
                ? "d.data -> 'Certificate' ->> 'Verified' = 'false'"
                : "coalesce(d.data -> 'Certificate' ->> 'Verified', 'true') = 'true'");
        var words = VietnameseText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // Folded words contain only letters and digits, so no LIKE wildcard comes from the caller.
            conditions.Add($"{FoldedHaystack} like @w{i}");
            command.Parameters.AddWithValue($"w{i}", $"%{words[i]}%");
        }
        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_product")} d where {string.Join(" and ", conditions)}",
            command.Parameters);
        var queue = certificateUnverified == true;
        // Waiting since the certificate was attached or last changed (else since the listing was created): a field of
        // the document, so ordering the whole queue costs no lookup per listing (reading it from the listing's history
        // took 0.6 s a page with 8,500 certificates waiting).
        var waiting = "coalesce((d.data -> 'Certificate' ->> 'SubmittedAt')::timestamptz, (d.data ->> 'CreatedAt')::timestamptz)";
        if (after != null && queue)
        {
            // The key as PostgreSQL computed it, in UTC ticks, so the next page starts exactly after it.
            var parts = OpaqueCursor.Decode(after, "l2", 2);
            if (!long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParse(parts[1], out var afterId))
                throw OpaqueCursor.Invalid();
            conditions.Add($"({waiting}, d.id) > (@afterAt, @afterId)");
            command.Parameters.AddWithValue("afterAt", new DateTimeOffset(ticks, TimeSpan.Zero));
            command.Parameters.AddWithValue("afterId", afterId);
        }
        else if (after != null)
        {
            conditions.Add("d.data ->> 'Slug' > @after");
            command.Parameters.AddWithValue("after", OpaqueCursor.Decode(after, "l1", 1)[0]);
        }
        command.CommandText = queue
            ? $"""
                select d.data, d.mt_version, w.since from {schema.Table("mt_doc_product")} d
                cross join lateral (select {waiting} as since) w
                where {string.Join(" and ", conditions)}
                order by w.since, d.id limit {first + 1}
                """
            : $"""
                select d.data, d.mt_version from {schema.Table("mt_doc_product")} d
                where {string.Join(" and ", conditions)}
                order by d.data ->> 'Slug' limit {first + 1}
                """;

        var serializer = store.Options.Serializer();
        var edges = new List<(Product, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var product = serializer.FromJson<Product>(reader, 0);
            product.Version = reader.GetInt32(1);
            edges.Add((product, queue
                ? OpaqueCursor.Encode("l2", reader.GetFieldValue<DateTimeOffset>(2).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    product.Id.ToString("N", System.Globalization.CultureInfo.InvariantCulture))
                : OpaqueCursor.Encode("l1", product.Slug)));
        }
        return Page<Product>.FromOverfetch(edges, first, after != null, count);
    }

    /// <summary>
    /// One listing by slug in any status: the viewer's own cooperative's (managers) or any (admins). Null when there is
    /// none or it belongs to another cooperative, so a manager learns nothing of another cooperative's drafts.
    /// </summary>
    public async Task<Product?> BySlugAsync(string slug, CancellationToken ct)
    {
        viewer.DemandRole(Role.CooperativeManager, Role.Admin);
        await using var command = db.CreateCommand($"""
            select d.data, d.mt_version from {schema.Table("mt_doc_product")} d where d.data ->> 'Slug' = @slug
            """);
        command.Parameters.AddWithValue("slug", slug.Trim());
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var product = store.Options.Serializer().FromJson<Product>(reader, 0);
        product.Version = reader.GetInt32(1);
        return viewer.CanManageCooperative(product.CooperativeId) ? product : null;
    }

    /// <summary>
    /// Name (vi, en), slug, tags and SKUs of the row, lower-cased and without Vietnamese diacritics (as
    /// <see cref="VietnameseText.Fold"/> does), so "mat ong" finds "Mật ong". A manager's own listings are few, so this
    /// runs over the cooperative's rows (found by its index) without an index of its own.
    /// </summary>
    private static readonly string FoldedHaystack = $"""
        lower(translate(concat_ws(' ', d.data ->> 'Name', d.data ->> 'NameEn', d.data ->> 'Slug',
          (select string_agg(t, ' ') from jsonb_array_elements_text(d.data -> 'Tags') t),
          (select string_agg(v ->> 'Sku', ' ') from jsonb_array_elements(d.data -> 'Variants') v)), '{Accented()}', '{Plain()}'))
        """;

    /// <summary>The precomposed Vietnamese letters (both cases) and the plain letters they fold to.</summary>
    private static IEnumerable<(char From, char To)> Letters() =>
        Enumerable.Range(0xC0, 0x1EFA - 0xC0).Select(c => (char)c)
            .Select(c => (From: c, To: VietnameseText.Fold(c.ToString())))
            .Where(x => x.To.Length == 1 && x.To[0] is >= 'a' and <= 'z')
            .Select(x => (x.From, x.To[0]));

    private static string Accented() => new(Letters().Select(x => x.From).ToArray());
    private static string Plain() => new(Letters().Select(x => x.To).ToArray());
}
