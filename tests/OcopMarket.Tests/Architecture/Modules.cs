using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OcopMarket.Tests.Architecture;

/// <summary>The projects under src/: the kernel, one per capability, and the host. Read from the repository and the build.</summary>
public static class Modules
{
    public const string Host = "Api";

    /// <summary>Capabilities and the kernel, in a dependency order (each may reference only those before it).</summary>
    public static readonly string[] Names = ["Kernel", "Identity", "Cooperatives", "Inventory", "Catalog", "Ordering", "Payments", "Trade", "Notifications", "Webhooks"];

    public static string Repository { get; } = FindRepository();

    public static string SourceDirectory(string module) => Path.Combine(Repository, "src", $"OcopMarket.{module}");

    public static Assembly Assembly(string module) => System.Reflection.Assembly.Load($"OcopMarket.{module}");

    public static IEnumerable<Assembly> AllAssemblies() => Names.Append(Host).Select(Assembly);

    /// <summary>Every project under src/ (by short name) and the projects it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ProjectGraph()
    {
        var graph = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var csproj in Directory.GetFiles(Path.Combine(Repository, "src"), "OcopMarket.*.csproj", SearchOption.AllDirectories))
        {
            var name = ShortName(csproj);
            graph[name] = XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => ShortName(r.Attribute("Include")!.Value)).OrderBy(n => Array.IndexOf(Names, n)).ToList();
        }
        return graph;
    }

    /// <summary>The C# sources of a module (generated files under obj/ and bin/ left out).</summary>
    public static IEnumerable<(string Path, string Text)> Sources(string module) =>
        Directory.GetFiles(SourceDirectory(module), "*.cs", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(f, @"[\\/](obj|bin)[\\/]"))
            .Select(f => (Path.GetRelativePath(Repository, f), File.ReadAllText(f)));

    private static string ShortName(string csproj) =>
        Path.GetFileNameWithoutExtension(csproj.Replace('\\', '/')).Replace("OcopMarket.", "");

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopMarket.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("OcopMarket.sln not found above the test binaries.");
    }
}
