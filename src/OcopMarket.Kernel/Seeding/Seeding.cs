using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcopMarket.Kernel.Seeding;

/// <summary>Loads one kind of seed data from seed/*.json. Seeders must be idempotent: a second run adds nothing twice.</summary>
public interface ISeeder
{
    /// <summary>Lower runs first (provinces before cooperatives before products before accounts).</summary>
    int Order { get; }

    Task SeedAsync(SeedFiles files, CancellationToken ct);
}

/// <summary>Reads JSON files from the seed directory.</summary>
public sealed class SeedFiles(string directory)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() }
    };

    public string Directory { get; } = directory;

    public bool Exists(string name) => File.Exists(System.IO.Path.Combine(Directory, name));

    public async Task<T> ReadAsync<T>(string name, CancellationToken ct)
    {
        await using var stream = File.OpenRead(System.IO.Path.Combine(Directory, name));
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct)
               ?? throw new InvalidDataException($"Seed file {name} is empty.");
    }

    /// <summary>Seed:Path if set, else the nearest "seed" folder above the content root (the repository's seed/).</summary>
    public static string Locate(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Seed:Path"] is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir != null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seed");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("No seed/ directory found; set Seed:Path.");
    }
}

/// <summary>Runs every seeder at start-up when Seed:Load is true (Development, ./run.sh); never otherwise.</summary>
public sealed class SeedHostedService(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment,
    ILogger<SeedHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Seed:Load")) return;
        var files = new SeedFiles(SeedFiles.Locate(configuration, environment));
        using var scope = services.CreateScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>().OrderBy(s => s.Order))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await seeder.SeedAsync(files, ct);
            logger.LogInformation("Seeded {Seeder} in {Elapsed} ms", seeder.GetType().Name, started.ElapsedMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
