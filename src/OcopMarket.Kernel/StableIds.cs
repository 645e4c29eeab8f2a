namespace OcopMarket.Kernel;

public static class StableIds
{
    /// <summary>Stable ids from slugs, so seed data keeps its ids across databases and runs.</summary>
    public static Guid From(string kind, string slug)
    {
        var hash = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"ocop:{kind}:{slug}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30); // version 3 (name-based, MD5)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
