namespace OcopMarket.Bench;

/// <summary>Command-line options (./bench.sh --help).</summary>
internal sealed class BenchOptions
{
    public int Products { get; private set; } = 10_000;
    public int Clients { get; private set; } = 10;
    public int Seconds { get; private set; } = 10;
    public int WarmupSeconds { get; private set; } = 5;
    public int DeepPage { get; private set; } = 450;
    public int BatchSize { get; private set; } = 1_000;
    public int LoadParallelism { get; private set; } = 2;
    public int Seed { get; private set; } = 20251;
    public bool Reload { get; private set; }
    public bool LoadOnly { get; private set; }
    public bool ApiLoad { get; private set; }
    /// <summary>--events N: the outbox alone (record N events, then dispatch them), no catalog and no HTTP.</summary>
    public int Events { get; private set; }
    public bool NoExplain { get; private set; }
    public string? Schema { get; set; }
    public string? Output { get; private set; }
    public string ApiDll { get; private set; } = "src/OcopMarket.Api/bin/Release/net10.0/OcopMarket.Api.dll";
    public string? ConnectionString { get; private set; } = Environment.GetEnvironmentVariable("OCOP_BENCH_CONNECTION");
    public List<string>? Scenarios { get; private set; }
    public Uri? Url { get; private set; }
    public int ApiPid { get; private set; }

    public string SchemaName => Schema ?? $"bench_{Products}";

    public const string Usage = """
        Usage: ./bench.sh [options]
          --products N        synthetic catalog size (default 10000)
          --clients C         concurrent HTTP clients (default 10)
          --seconds S         timed run per scenario (default 10)
          --warmup S          warm-up per scenario before any timed run, not counted (default 5)
          --deep-page P       page number of the deep-page scenario (default 450)
          --scenarios a,b     run only these (listing, slug, search, walk-first, walk-page-<P>,
                              orders-spread, orders-hot)
          --batch B           products per unit of work when loading (default 1000)
          --load-parallel K   units of work saved concurrently when loading (default 2)
          --reload            drop and reload the schema even if it already holds this catalog
          --load-only         load (or reuse) the catalog and stop
          --api-load          load the catalog through the public API instead (6 cooperatives, CSV uploads published on
                              import, certificates verified in bulk, default rate limits) into a fresh schema
                              apiload_<N>, and report the time of each phase
          --events N          the outbox alone: record N events (sessions of 1 and of 100), then dispatch them to a
                              consumer that does nothing and to one that writes a row per event; events per second
          --no-explain        skip the EXPLAIN ANALYZE plans
          --schema NAME       database schema (default bench_<N>)
          --out FILE          also write the Markdown report to FILE
          --api-dll PATH      the built API (default src/OcopMarket.Api/bin/Release/net10.0/OcopMarket.Api.dll)
          --url URL --pid P   drive an API that is already running (and its process id, for the CPU columns)
          --connection CS     Npgsql connection string (default $OCOP_BENCH_CONNECTION; bench.sh sets it)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int(int min) => int.TryParse(Next(), out var v) && v >= min ? v : throw new ArgumentException($"{args[i - 1]} needs a number ≥ {min}.");
            switch (args[i])
            {
                case "--products": o.Products = Int(100); break;
                case "--clients": o.Clients = Int(1); break;
                case "--seconds": o.Seconds = Int(1); break;
                case "--warmup": o.WarmupSeconds = Int(0); break;
                case "--deep-page": o.DeepPage = Int(2); break;
                case "--batch": o.BatchSize = Int(1); break;
                case "--load-parallel": o.LoadParallelism = Int(1); break;
                case "--seed": o.Seed = Int(0); break;
                case "--reload": o.Reload = true; break;
                case "--load-only": o.LoadOnly = true; break;
                case "--api-load": o.ApiLoad = true; break;
                case "--events": o.Events = Int(1); break;
                case "--no-explain": o.NoExplain = true; break;
                case "--schema": o.Schema = ValidSchema(Next()); break;
                case "--out": o.Output = Next(); break;
                case "--api-dll": o.ApiDll = Next(); break;
                case "--url": o.Url = new Uri(Next()); break;
                case "--pid": o.ApiPid = Int(1); break;
                case "--connection": o.ConnectionString = Next(); break;
                case "--scenarios": o.Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(); break;
                case "-h" or "--help": throw new HelpRequested();
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (string.IsNullOrEmpty(o.ConnectionString))
            throw new ArgumentException("No database: pass --connection or set OCOP_BENCH_CONNECTION (./bench.sh does).");
        return o;
    }

    private static string ValidSchema(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_][a-z0-9_]{0,62}$")
            ? name : throw new ArgumentException("--schema must be a lower-case SQL identifier.");

    public sealed class HelpRequested : Exception;
}
