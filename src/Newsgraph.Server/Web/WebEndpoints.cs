using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Newsgraph.Server.Web;

public static class WebEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
    }

    public static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return context.Response.WriteAsync("not found");
    }
}
