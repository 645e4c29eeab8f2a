using System.Text;
using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Loader;
using Xunit;

namespace OcopMarket.Tests.Architecture;

/// <summary>
/// Modules own their data (docs/architecture.md): the project graph has no cycle, no module names another module's
/// tables or documents, and only the edge (GraphQL types, HTTP middleware, the host) knows GraphQL.NET or ASP.NET Core.
/// </summary>
public class ModuleTests
{
    private static readonly ArchUnitNET.Domain.Architecture Code =
        new ArchLoader().LoadAssemblies(Modules.AllAssemblies().ToArray()).Build();

    [Fact]
    public void The_module_graph_has_no_cycle_and_follows_the_documented_order()
    {
        var graph = Modules.ProjectGraph();
        Assert.Equal(Modules.Names.Append(Modules.Host).Order(StringComparer.Ordinal), graph.Keys);
        foreach (var (module, references) in graph.Where(m => m.Key != Modules.Host))
        {
            var rank = Array.IndexOf(Modules.Names, module);
            var later = references.Where(r => Array.IndexOf(Modules.Names, r) >= rank).ToList();
            Assert.True(later.Count == 0, $"{module} references {string.Join(", ", later)}, which comes after it (a cycle in the making).");
        }
        Assert.Equal(Modules.Names, graph[Modules.Host].Order(Comparer<string>.Create((a, b) => Array.IndexOf(Modules.Names, a) - Array.IndexOf(Modules.Names, b))));
    }

    [Fact]
    public void The_readme_shows_the_module_graph_as_the_projects_declare_it()
    {
        var readme = File.ReadAllText(Path.Combine(Modules.Repository, "README.md")).ReplaceLineEndings("\n");
        var expected = GraphText();
        Assert.True(readme.Contains(expected), "README.md should contain the module graph generated from the project references:\n" + expected);
    }

    /// <summary>The README block: one line per project, its direct references (what the compiler allows it to use).</summary>
    public static string GraphText()
    {
        var graph = Modules.ProjectGraph();
        var lines = new StringBuilder("```\n");
        foreach (var module in Modules.Names.Append(Modules.Host))
        {
            var refs = graph[module];
            lines.Append($"{(module == Modules.Host ? "Api (host)" : module),-13} → {(refs.Count == 0 ? "(nothing)" : string.Join(", ", refs))}\n");
        }
        return lines.Append("```\n").ToString();
    }

    [Fact]
    public void No_module_names_another_modules_tables_or_documents()
    {
        var owners = Ownership();
        var offences = new List<string>();
        foreach (var module in Modules.Names)
        {
            foreach (var (path, text) in Modules.Sources(module))
            {
                var code = StripComments(text);
                foreach (var (name, owner) in owners.Where(o => o.Value != module))
                {
                    if (Mentions(code, name)) offences.Add($"{path} names {name}, which belongs to {owner}");
                }
            }
        }
        Assert.True(offences.Count == 0, "Call what the owner publishes instead:\n" + string.Join("\n", offences.Distinct()));
    }

    [Fact]
    public void The_ownership_check_knows_every_table_and_document()
    {
        // Guards the test above against checking nothing: the names it looks for are the ones the modules use.
        var owners = Ownership();
        Assert.Equal("Inventory", owners["ocop_stock"]);
        Assert.Equal("Catalog", owners["ocop_product_listing"]);
        Assert.Equal("Cooperatives", owners["mt_doc_cooperative"]);
        Assert.Equal("Ordering", owners["mt_doc_purchaseorder"]);
        Assert.Equal("Ordering", owners["PurchaseOrder"]);
        Assert.Equal("Identity", owners["ocop_login_failures"]);
        Assert.True(Mentions("session.Query<PurchaseOrder>()", "PurchaseOrder"));
        Assert.True(Mentions($"from {{schema.Table(\"mt_doc_cooperative\")}}", "mt_doc_cooperative"));
        Assert.True(Mentions("await session.LoadAsync<Ordering.Orders.PurchaseOrder>(id, ct)", "PurchaseOrder"));
        Assert.True(Mentions($"join {{schema.Table(StockTable.Name)}} s", "StockTable"));
        Assert.False(Mentions("PurchaseOrderType", "PurchaseOrder"));
        Assert.False(Mentions("Task<PurchaseOrder?> ReadAsync(Guid id)", "PurchaseOrder"));
    }

    /// <summary>
    /// Documents another module still receives from the owner's published services: none since issue 13 (others get
    /// read models, docs/architecture.md). Kept so an exception has to be written down; the list may only shrink.
    /// </summary>
    private static readonly string[] StillPublic =
    [
    ];

    [Fact]
    public void Documents_and_tables_are_internal_to_their_owner()
    {
        // The compiler enforces ownership once a document is internal: another module cannot even name it. Checked:
        // every type given to Marten (Schema.For<T>), every class in a module's Model namespace (documents and their
        // parts; enums and static rule classes are values and may be published), every …Table class, and every
        // table-name constant (Name or TableName = "ocop_…").
        var documents = Ownership().Where(o => !o.Key.StartsWith("mt_doc_") && !o.Key.StartsWith("ocop_")).ToList();
        var found = new HashSet<string>();
        var offences = new List<string>();
        foreach (var module in Modules.Names)
        {
            foreach (var type in Modules.Assembly(module).GetTypes().Where(t => t.Namespace?.StartsWith("OcopMarket") == true))
            {
                var isDocument = documents.Any(d => d.Value == module && d.Key == type.Name);
                if (isDocument) found.Add(type.Name);
                var inModel = type.Namespace!.EndsWith(".Model") && type.IsClass && !(type.IsAbstract && type.IsSealed)
                    && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);
                var isTable = type.Name.EndsWith("Table") && !type.Namespace!.Contains(".GraphQL");
                if ((isDocument || inModel || isTable) && type.IsVisible) offences.Add(type.FullName!);
                foreach (var field in type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
                {
                    if (type.IsVisible && field.IsLiteral && field.Name is "Name" or "TableName" && field.GetRawConstantValue() is string value && value.StartsWith("ocop_"))
                        offences.Add($"{type.FullName}.{field.Name} (the table {value})");
                }
            }
        }
        // Guards against checking nothing: every document the modules map was found in its module's assembly.
        Assert.Equal(documents.Select(d => d.Key).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Contains("Payment", found);
        var unexpected = offences.Except(StillPublic).Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, "Make these internal (publish a read model or a service instead):\n" + string.Join("\n", unexpected));
        var nowInternal = StillPublic.Except(offences).ToList();
        Assert.True(nowInternal.Count == 0, "Internal now, take them off StillPublic (and docs/architecture.md):\n" + string.Join("\n", nowInternal));
    }

    [Fact]
    public void Only_the_edge_uses_GraphQL_NET_or_ASP_NET_Core()
    {
        // The edge: GraphQL types and fields (…GraphQL namespaces), HTTP middleware and endpoints (…Http), the host.
        static string Namespace(IType? type) => type?.Namespace?.FullName ?? "";
        static bool IsEdge(IType type) =>
            (type.Assembly?.Name ?? "").StartsWith("OcopMarket.Api") || Regex.IsMatch(Namespace(type), @"\.(GraphQL|Http)(\.|$)");
        var offences = Code.Types
            .Where(t => Namespace(t).StartsWith("OcopMarket") && !IsEdge(t))
            .SelectMany(t => t.Dependencies
                .Select(d => d.Target)
                .Where(target => Namespace(target) is var ns && (ns == "GraphQL" || ns.StartsWith("GraphQL.") || ns.StartsWith("GraphQLParser")
                    // ASP.NET Core Identity's PasswordHasher is a hashing library, not the HTTP stack.
                    || ns.StartsWith("Microsoft.AspNetCore") && !ns.StartsWith("Microsoft.AspNetCore.Identity")))
                .Select(target => $"{t.FullName} uses {target.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, "Keep GraphQL and HTTP at the edge:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_edge_check_sees_the_edge()
    {
        // Guards the test above: GraphQL types do depend on GraphQL.NET, and the loader sees those dependencies.
        var productType = Code.Types.Single(t => t.FullName == "OcopMarket.Catalog.GraphQL.ProductType");
        Assert.Contains(productType.Dependencies, d => (d.Target?.Namespace?.FullName ?? "").StartsWith("GraphQL"));
    }

    /// <summary>
    /// Who owns each name: a document's type and its table (mt_doc_ + the type name lower-cased) belong to the module
    /// that maps it with Schema.For&lt;T&gt;; a hand-made table (a const Name = "ocop_…" in a …Table class, or a
    /// TableName) and the class that names it belong to the module that declares it.
    /// </summary>
    public static Dictionary<string, string> Ownership()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var module in Modules.Names)
        {
            foreach (var (_, text) in Modules.Sources(module))
            {
                foreach (Match m in Regex.Matches(text, @"Schema\.For<(\w+)>\(\)"))
                {
                    owners[m.Groups[1].Value] = module;
                    owners["mt_doc_" + m.Groups[1].Value.ToLowerInvariant()] = module;
                }
                foreach (Match m in Regex.Matches(text, @"(?:class (\w+Table)\b[\s\S]*?)?const string (?:Name|TableName) = ""(ocop_\w+)"""))
                {
                    owners[m.Groups[2].Value] = module;
                    if (m.Groups[1].Success) owners[m.Groups[1].Value] = module;
                }
            }
        }
        return owners;
    }

    /// <summary>
    /// Pooled connections are not reset when they go back to the pool (Npgsql's No Reset On Close, for speed; see
    /// MartenRegistration): so no code may leave session state on one. SET LOCAL, transaction-scoped advisory locks and
    /// a connection of its own with Pooling=false (the notifications listener) are fine.
    /// </summary>
    [Fact]
    public void No_session_state_on_pooled_connections()
    {
        var forbidden = new Regex(@"(?i)\bset\s+(session\s+|search_path|statement_timeout|lock_timeout|role\b)|pg_advisory_lock\(|pg_try_advisory_lock\(|create\s+temp(orary)?\s+table|\blisten\s+\\?""");
        var offenders = Modules.Names.Append("Api")
            .SelectMany(Modules.Sources)
            .Where(f => forbidden.IsMatch(StripComments(f.Text)) && !(f.Path.EndsWith("NotificationSignals.cs") && f.Text.Contains("Pooling = false")))
            .Select(f => f.Path)
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>
    /// A table by name (in SQL), a table class, or a document type given to Marten (session.Query&lt;T&gt;, LoadAsync&lt;T&gt;,
    /// Store&lt;T&gt;…). Passing around a document that the owner's published service returned is not naming it.
    /// </summary>
    private static bool Mentions(string code, string name) =>
        name.StartsWith("mt_doc_") || name.StartsWith("ocop_") ? Regex.IsMatch(code, $@"\b{name}\b")
        : name.EndsWith("Table") ? Regex.IsMatch(code, $@"(?<![\w.]){name}\b")
        : Regex.IsMatch(code, $@"\b(Query|QueryAsync|LoadAsync|LoadManyAsync|Load|Store|Insert|Update|UpdateRevision|Delete|HardDelete|Include|For|FromJson)<(\w+\.)*{name}\s*[,>]");

    private static string StripComments(string code) =>
        Regex.Replace(code, @"//[^\n]*|/\*[\s\S]*?\*/", "");
}
