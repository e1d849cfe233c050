using System.Net;
using System.Net.Sockets;

namespace Newsgraph.Extraction.Fetching;

/// <summary>
/// Which IP addresses a fetch may connect to. Everything that is not a public unicast address is
/// refused unless the user allows private targets: a URL must not reach the machine itself, its
/// LAN, or a cloud metadata service (169.254.169.254).
/// </summary>
public static class AddressPolicy
{
    /// <summary>Non-public IPv4 ranges (RFC 6890 special-purpose registry, the ones that matter here).</summary>
    private static readonly (uint Network, int Prefix, string Why)[] BlockedV4 =
    [
        (0x00000000, 8, "this network (0.0.0.0/8)"),
        (0x0A000000, 8, "private (10/8)"),
        (0x64400000, 10, "carrier-grade NAT (100.64/10)"),
        (0x7F000000, 8, "loopback (127/8)"),
        (0xA9FE0000, 16, "link-local (169.254/16), incl. cloud metadata"),
        (0xAC100000, 12, "private (172.16/12)"),
        (0xC0000000, 24, "IETF protocol assignments (192.0.0/24)"),
        (0xC0000200, 24, "documentation (192.0.2/24)"),
        (0xC0A80000, 16, "private (192.168/16)"),
        (0xC6120000, 15, "benchmarking (198.18/15)"),
        (0xC6336400, 24, "documentation (198.51.100/24)"),
        (0xCB007100, 24, "documentation (203.0.113/24)"),
        (0xE0000000, 4, "multicast (224/4)"),
        (0xF0000000, 4, "reserved and broadcast (240/4)"),
    ];

    /// <summary>Why an address is refused, or null when it is a public address.</summary>
    public static string? WhyRefused(IPAddress address)
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
            foreach (var (network, prefix, why) in BlockedV4)
            {
                uint mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
                if ((value & mask) == network)
                {
                    return why;
                }
            }

            return null;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback))
            {
                return "loopback (::1)";
            }

            if (address.Equals(IPAddress.IPv6None))
            {
                return "unspecified (::)";
            }

            if (address.IsIPv6LinkLocal)
            {
                return "link-local (fe80::/10)";
            }

            if (address.IsIPv6SiteLocal)
            {
                return "site-local (fec0::/10)";
            }

            if (address.IsIPv6Multicast)
            {
                return "multicast (ff00::/8)";
            }

            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            if ((b[0] & 0xFE) == 0xFC)
            {
                return "unique local (fc00::/7)";
            }

            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            {
                return "documentation (2001:db8::/32)";
            }

            if (address.IsIPv6Teredo || (b[0] == 0x20 && b[1] == 0x02))
            {
                return "tunnel address embedding IPv4 (Teredo/6to4)";
            }

            return null;
        }

        return "not an IP address";
    }
}
