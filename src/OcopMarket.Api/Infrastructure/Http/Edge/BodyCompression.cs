using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>
/// Brotli or gzip for a response body held in memory, by the request's Accept-Encoding (the higher q wins, Brotli on a
/// tie; q=0 refuses). Done here rather than by ASP.NET Core's ResponseCompression middleware because the endpoint
/// decides per response (see <see cref="EdgeResponse"/> for the BREACH rule) and the ETag must name the encoding.
/// </summary>
public static class BodyCompression
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>"br", "gzip", or null for the body as it is.</summary>
    public static string? Choose(string? acceptEncoding)
    {
        if (string.IsNullOrWhiteSpace(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding.Split(','), out var offered))
            return null;
        double br = -1, gzip = -1, any = -1;
        foreach (var item in offered)
        {
            var quality = item.Quality ?? 1.0;
            switch (item.Value.Value?.ToLowerInvariant())
            {
                case Brotli: br = quality; break;
                case Gzip: gzip = quality; break;
                case "*": any = quality; break;
            }
        }
        if (br < 0) br = any;
        if (gzip < 0) gzip = any;
        if (br <= 0 && gzip <= 0) return null;
        return br >= gzip ? Brotli : Gzip;
    }

    public static byte[] Compress(ReadOnlySpan<byte> body, string encoding, CompressionOptions options)
    {
        if (encoding == Brotli)
        {
            var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, Math.Clamp(options.BrotliQuality, 0, 11), 22))
                throw new InvalidOperationException("Brotli could not compress into its own maximum length.");
            return buffer.AsSpan(0, written).ToArray();
        }
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = Math.Clamp(options.GzipLevel, 1, 9) }, leaveOpen: true))
            gzip.Write(body);
        return output.ToArray();
    }
}
