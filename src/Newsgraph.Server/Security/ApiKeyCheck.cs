using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Newsgraph.Server.Security;

/// <summary>Write endpoints accept <c>X-Api-Key: K</c> or <c>Authorization: Bearer K</c>; with no
/// key configured they are closed (403), never open.</summary>
public sealed class ApiKeyCheck(string? key)
{
    private readonly byte[]? expected = key is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public bool Configured => expected is not null;

    public bool IsAuthorised(HttpRequest request)
    {
        if (expected is null)
        {
            return false;
        }

        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        string? auth = request.Headers.Authorization.FirstOrDefault();
        if (given is null && auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = auth["Bearer ".Length..].Trim();
        }

        // compare hashes in fixed time: the key's length and prefix do not leak through timing
        return given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected);
    }
}
