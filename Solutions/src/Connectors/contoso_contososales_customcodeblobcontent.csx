// Placeholder until the connector's custom code lands: ListOrdersNextPage forwards the request to
// the nextLink it is given, which must be an https address on the connector's own host and base path.
public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        var nextLink = System.Web.HttpUtility.ParseQueryString(this.Context.Request.RequestUri.Query)["nextLink"];
        if (string.IsNullOrEmpty(nextLink))
        {
            return Refuse("NextLinkMissing", "The nextLink parameter is required.");
        }
        if (!Uri.TryCreate(nextLink, UriKind.Absolute, out var target))
        {
            return Refuse("NextLinkInvalid", "The nextLink is not an absolute address.");
        }
        if (target.Scheme != Uri.UriSchemeHttps)
        {
            return Refuse("NextLinkNotHttps", "The nextLink is not an https address.");
        }
        if (!string.IsNullOrEmpty(target.UserInfo))
        {
            return Refuse("NextLinkCredentials", "The nextLink carries credentials.");
        }
        var own = this.Context.Request.RequestUri;
        if (!string.Equals(target.Host, own.Host, StringComparison.OrdinalIgnoreCase) || !target.AbsolutePath.StartsWith("/api/orders", StringComparison.Ordinal))
        {
            return Refuse("NextLinkOtherHost", "The nextLink is not on the Sales API's host and base path.");
        }
        this.Context.Request.RequestUri = target;
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
    }

    private static HttpResponseMessage Refuse(string code, string message)
    {
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Content = CreateJsonContent(new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } }.ToString());
        return response;
    }
}
