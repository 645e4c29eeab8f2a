namespace OcopMarket.Bench;

/// <summary>
/// CPU shares during a timed run, from /proc (Linux): the API process, this client, and everything else on the machine
/// (other processes compete for the same cores and make a run slower; the report shows how much they took).
/// </summary>
internal sealed record CpuShare(double Api, double Database, double Client, double Other, double CoreSeconds)
{
    public override string ToString() => $"api {Api:P0}, db {Database:P0}, client {Client:P0}, other {Other:P0}";

    /// <summary>CPU milliseconds one request cost the API (or the database): robust when other processes compete.</summary>
    public double MsPerRequest(double share, long requests) => requests == 0 ? double.NaN : share * CoreSeconds * 1000 / requests;
}

internal sealed class CpuUsage(int apiPid)
{
    private (long Total, long Idle, long Api, long Db, long Client) start = Read(apiPid);

    public void Restart() => start = Read(apiPid);

    /// <summary>Shares of the machine's total CPU time (all cores) since the last Restart; null where /proc is missing.</summary>
    public CpuShare? Stop()
    {
        var end = Read(apiPid);
        var total = end.Total - start.Total;
        if (total <= 0) return null;
        var busy = total - (end.Idle - start.Idle);
        var api = end.Api - start.Api;
        var db = end.Db - start.Db;
        var client = end.Client - start.Client;
        return new CpuShare((double)api / total, (double)db / total, (double)client / total,
            Math.Max(0, (double)(busy - api - db - client) / total), total / (double)TicksPerSecond);
    }

    private const int TicksPerSecond = 100; // USER_HZ

    private static (long Total, long Idle, long Api, long Db, long Client) Read(int apiPid)
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            var idle = cpu[3] + cpu[4]; // idle + iowait
            return (cpu.Take(8).Sum(), idle, ProcessTicks(apiPid), PostgresTicks(), ProcessTicks(Environment.ProcessId));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return (0, 0, 0, 0, 0);
        }
    }

    /// <summary>All PostgreSQL server processes (the backends serving the API are part of what is measured).</summary>
    private static long PostgresTicks()
    {
        long sum = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (name.Length == 0 || !char.IsAsciiDigit(name[0])) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).TrimEnd() == "postgres") sum += ProcessTicks(int.Parse(name));
            }
            catch (IOException)
            {
            }
        }
        return sum;
    }

    /// <summary>utime + stime of a process (fields 14 and 15 of /proc/PID/stat, after the command name).</summary>
    private static long ProcessTicks(int pid)
    {
        if (pid <= 0) return 0;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11]) + long.Parse(fields[12]);
    }
}
