// Custom code for ListOrdersNextPage: canvas Power Fx cannot follow x-ms-pageable, so an app passes the
// nextLink of the page it holds and this script fetches that page with the connection's credentials.
// The runtime imports the namespaces (System, System.Net, System.Net.Http, System.Threading, ...);
// scripts carry no using directives.
public class Script : ScriptBase
{
    private const string NextPageOperation = "ListOrdersNextPage";

    // The operation's path under the API's basePath (see apiDefinition.swagger.json).
    private const string NextPagePath = "/orders/nextpage";

    // The runtime stops custom code at 5 s; leaving headroom lets us answer with our own 504
    // instead of the runtime's generic failure.
    public TimeSpan UpstreamBudget { get; set; } = TimeSpan.FromMilliseconds(4500);

    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId != NextPageOperation)
        {
            return Error(HttpStatusCode.BadRequest, "OperationNotSupported",
                "This connector runs custom code only for " + NextPageOperation + ".");
        }

        Uri apiRoot;
        if (!TryGetApiRoot(this.Context.Request.RequestUri, out apiRoot))
        {
            // Fail closed: without the connector's own base path there is nothing to compare a link with.
            return Error(HttpStatusCode.InternalServerError, "ConnectorMisconfigured",
                "The request did not arrive at the " + NextPagePath + " path of the connector.");
        }

        Uri link;
        string refusal = CheckNextLink(this.Context.Request.RequestUri, apiRoot, out link);
        if (refusal != null)
        {
            this.Context.Logger.LogWarning("ListOrdersNextPage refused the nextLink: {Code} (correlation {CorrelationId})",
                refusal, this.Context.CorrelationId);
            return Error(HttpStatusCode.BadRequest, refusal, RefusalMessage(refusal));
        }

        var upstream = new HttpRequestMessage(HttpMethod.Get, link);
        CopyHeader(this.Context.Request, upstream, "Authorization");
        CopyHeader(this.Context.Request, upstream, "x-ms-client-request-id");

        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(this.CancellationToken))
        {
            budget.CancelAfter(this.UpstreamBudget);
            try
            {
                // Returned as is: status, headers and body (the API's error envelope, Retry-After) reach
                // the app exactly as the API sent them.
                HttpResponseMessage response = await this.Context.SendAsync(upstream, budget.Token).ConfigureAwait(false);
                this.Context.Logger.LogInformation("ListOrdersNextPage upstream status {Status} (correlation {CorrelationId})",
                    (int)response.StatusCode, this.Context.CorrelationId);
                return response;
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                this.Context.Logger.LogWarning("ListOrdersNextPage timed out after {Budget} ms (correlation {CorrelationId})",
                    this.UpstreamBudget.TotalMilliseconds, this.Context.CorrelationId);
                return Error(HttpStatusCode.GatewayTimeout, "UpstreamTimeout",
                    "The orders API did not answer in time. Try again.");
            }
        }
    }

    // The connector's own scheme, host, port and base path, read from where the runtime routed this
    // operation: {scheme}://{host}{basePath}/orders/nextpage.
    private static bool TryGetApiRoot(Uri requestUri, out Uri apiRoot)
    {
        apiRoot = null;
        if (requestUri == null || !requestUri.IsAbsoluteUri)
        {
            return false;
        }
        string path = requestUri.AbsolutePath.TrimEnd('/');
        if (!path.EndsWith(NextPagePath, StringComparison.Ordinal))
        {
            return false;
        }
        string basePath = path.Substring(0, path.Length - NextPagePath.Length);
        apiRoot = new Uri(requestUri.GetLeftPart(UriPartial.Authority) + basePath + "/");
        return true;
    }

    // Returns the refusal code, or null when the link may be requested with the connection's credentials.
    private static string CheckNextLink(Uri requestUri, Uri apiRoot, out Uri link)
    {
        link = null;
        string value;
        if (!TryGetSingleQueryValue(requestUri.Query, "nextLink", out value))
        {
            return "NextLinkInvalid";
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return "NextLinkMissing";
        }
        // On Unix "/x" parses as an absolute file URI; a link must name its scheme and host itself.
        if (value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("\\", StringComparison.Ordinal)
            || !Uri.TryCreate(value, UriKind.Absolute, out link))
        {
            link = null;
            return "NextLinkInvalid";
        }
        if (link.Scheme != Uri.UriSchemeHttps)
        {
            return "NextLinkNotHttps";
        }
        if (!string.IsNullOrEmpty(link.UserInfo))
        {
            return "NextLinkCredentials";
        }
        bool sameServer = string.Equals(link.IdnHost, apiRoot.IdnHost, StringComparison.OrdinalIgnoreCase)
            && link.Port == apiRoot.Port;
        // Uri has already removed dot segments; an escaped one would be resolved only by the server.
        bool underBasePath = link.AbsolutePath.StartsWith(apiRoot.AbsolutePath, StringComparison.Ordinal)
            && link.AbsolutePath.IndexOf("%2e", StringComparison.OrdinalIgnoreCase) < 0;
        if (!sameServer || !underBasePath)
        {
            return "NextLinkOtherHost";
        }
        return null;
    }

    // A repeated nextLink is ambiguous: which one the API would see depends on who parses the query.
    private static bool TryGetSingleQueryValue(string query, string name, out string value)
    {
        value = null;
        foreach (string pair in query.TrimStart('?').Split('&'))
        {
            int equals = pair.IndexOf('=');
            string key = Unescape(equals < 0 ? pair : pair.Substring(0, equals));
            if (key != name)
            {
                continue;
            }
            if (value != null)
            {
                return false;
            }
            value = equals < 0 ? string.Empty : Unescape(pair.Substring(equals + 1));
        }
        return true;
    }

    private static string Unescape(string component)
    {
        return Uri.UnescapeDataString(component.Replace('+', ' '));
    }

    private static void CopyHeader(HttpRequestMessage from, HttpRequestMessage to, string name)
    {
        IEnumerable<string> values;
        if (from.Headers.TryGetValues(name, out values))
        {
            to.Headers.TryAddWithoutValidation(name, values);
        }
    }

    private static string RefusalMessage(string code)
    {
        switch (code)
        {
            case "NextLinkMissing": return "The nextLink parameter is required.";
            case "NextLinkInvalid": return "The nextLink parameter must be one absolute URL.";
            case "NextLinkNotHttps": return "The nextLink must use https.";
            case "NextLinkCredentials": return "The nextLink must not carry a user name or password.";
            default: return "The nextLink must point to this connector's API.";
        }
    }

    // The API's own error envelope, so the app reads refusals and upstream errors the same way.
    // Codes and messages are constants: nothing from the request is echoed into the JSON.
    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = CreateJsonContent("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}"),
        };
        response.Headers.TryAddWithoutValidation("x-ms-error-code", code);
        return response;
    }
}
