namespace OcopMarket.Kernel.Jobs;

/// <summary>
/// Background work every API process runs at start-up and then once an hour (purging expired tokens, recording
/// expiring certificates). The work must be harmless to repeat and to run in several processes at once; a failure is
/// logged and the work runs again at the next hour.
/// </summary>
public abstract class HourlyJob(ILogger logger) : BackgroundService
{
    /// <summary>What the job does, for the log line when it fails ("purge old access tokens").</summary>
    protected abstract string Work { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not {Work}; trying again in an hour", Work);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
