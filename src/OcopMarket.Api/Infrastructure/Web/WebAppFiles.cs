namespace OcopMarket.Infrastructure.Web;

/// <summary>
/// Where the built web app (src/OcopMarket.Web/dist: index.html, graphiql.html, assets/) is: Web:Root if set, else the
/// nearest src/OcopMarket.Web/dist above the content root. Null Root: not built, and the API runs without it.
/// </summary>
public sealed class WebAppFiles
{
    public WebAppFiles(IConfiguration configuration, IWebHostEnvironment environment)
    {
        Root = Find(configuration["Web:Root"], environment.ContentRootPath);
    }

    public string? Root { get; }

    public string? File(string name) =>
        Root is { } root && System.IO.File.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    private static string? Find(string? configured, string contentRoot)
    {
        if (configured is { Length: > 0 }) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        for (var dir = new DirectoryInfo(contentRoot); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OcopMarket.Web", "dist");
            if (System.IO.File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }
        return null;
    }
}
