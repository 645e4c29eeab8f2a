namespace OcopMarket.Payments.VietQr;

/// <summary>
/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no xor-out): the checksum EMVCo QR payloads end with.
/// Banking apps reject a code whose checksum is off, so this must match bit for bit (check value of "123456789" is 0x29B1).
/// </summary>
public static class Crc16Ccitt
{
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= (ushort)(b << 8);
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
        }
        return crc;
    }

    /// <summary>The checksum of an ASCII payload as the 4 uppercase hex digits field 63 carries.</summary>
    public static string ComputeHex(string ascii) =>
        Compute(System.Text.Encoding.ASCII.GetBytes(ascii)).ToString("X4");
}
