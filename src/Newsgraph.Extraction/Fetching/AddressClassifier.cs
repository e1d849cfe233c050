using System.Net;
using System.Net.Sockets;

namespace Newsgraph.Extraction.Fetching;

/// <summary>Tells public internet addresses from loopback, private, link-local and other special ranges.</summary>
public static class AddressClassifier
{
    /// <summary>IPv4 ranges that are not the public internet (RFC 6890 and friends).</summary>
    private static readonly (uint Network, int Prefix, string Name)[] NonPublicV4 =
    [
        (0x00000000, 8, "this-network (0.0.0.0/8)"),
        (0x0A000000, 8, "private (10/8)"),
        (0x64400000, 10, "carrier-grade NAT (100.64/10)"),
        (0x7F000000, 8, "loopback (127/8)"),
        (0xA9FE0000, 16, "link-local (169.254/16)"),
        (0xAC100000, 12, "private (172.16/12)"),
        (0xC0000000, 24, "IETF protocol assignments (192.0.0/24)"),
        (0xC0000200, 24, "documentation (192.0.2/24)"),
        (0xC0A80000, 16, "private (192.168/16)"),
        (0xC6120000, 15, "benchmarking (198.18/15)"),
        (0xC6336400, 24, "documentation (198.51.100/24)"),
        (0xCB007100, 24, "documentation (203.0.113/24)"),
        (0xE0000000, 4, "multicast (224/4)"),
        (0xF0000000, 4, "reserved (240/4)"),
    ];

    /// <summary>Why <paramref name="address"/> may not be fetched, or null when it is a public address.</summary>
    public static string? NonPublicReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            uint value = (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
            foreach (var (network, prefix, name) in NonPublicV4)
            {
                uint mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
                if ((value & mask) == network)
                {
                    return name;
                }
            }

            return null;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback (::1)";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified (::)";
        }

        if (v6[0] == 0xFE && (v6[1] & 0xC0) == 0x80)
        {
            return "link-local (fe80::/10)";
        }

        if ((v6[0] & 0xFE) == 0xFC)
        {
            return "unique-local (fc00::/7)";
        }

        if (v6[0] == 0xFF)
        {
            return "multicast (ff00::/8)";
        }

        if (v6[0] == 0xFE && (v6[1] & 0xC0) == 0xC0)
        {
            return "site-local (fec0::/10)";
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address: judge that one.
        if (v6[..12].SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]))
        {
            return NonPublicReason(new IPAddress(v6[12..]));
        }

        if (v6[0] == 0x20 && v6[1] == 0x02)
        {
            return NonPublicReason(new IPAddress(v6[2..6]));
        }

        // IPv4-compatible (::a.b.c.d, deprecated) addresses.
        if (v6[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return NonPublicReason(new IPAddress(v6[12..]));
        }

        return null;
    }
}
