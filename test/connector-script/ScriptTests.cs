// Tests for Solutions/connector/script.csx against the documented runtime surface (ScriptRuntime.cs).
// SendAsync is a fake that records what the script sends, so a refusal can be shown to send nothing.
// Run by `npm run test:connector-script` (scripts/testConnectorScript.ts); the last line is "N passed, N failed".
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

internal sealed class FakeLogger : ILogger
{
    public readonly List<KeyValuePair<LogLevel, string>> Entries = new List<KeyValuePair<LogLevel, string>>();

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception,
        Func<TState, Exception, string> formatter)
    {
        Entries.Add(new KeyValuePair<LogLevel, string>(logLevel, formatter(state, exception)));
    }

    public bool IsEnabled(LogLevel logLevel)
    {
        return true;
    }

    public IDisposable BeginScope<TState>(TState state)
    {
        return null;
    }
}

internal sealed class FakeContext : IScriptContext
{
    public readonly List<HttpRequestMessage> Sent = new List<HttpRequestMessage>();
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Upstream;
    public readonly FakeLogger FakeLogger = new FakeLogger();

    public string CorrelationId { get; set; } = "corr-1";
    public string OperationId { get; set; } = "ListOrdersNextPage";
    public HttpRequestMessage Request { get; set; }
    public ILogger Logger { get { return FakeLogger; } }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Add(request);
        return Upstream(request, cancellationToken);
    }
}

internal static class ScriptTests
{
    private const string Endpoint = "https://sales.contoso.com/api/orders/nextpage";
    private const string Page2 = "https://sales.contoso.com/api/orders?page=2&pageSize=50&$skiptoken=YWJj%3D%3D";

    private static int passed;
    private static int failed;

    private static int Main(string[] args)
    {
        var tests = new List<KeyValuePair<string, Func<Task>>>
        {
            Test("forwards a GET for the nextLink exactly as given", ForwardsTheLinkAsGiven),
            Test("copies the connection's Authorization and the client request id", CopiesCredentialsAndClientRequestId),
            Test("returns the page as is: status, body and headers", ReturnsThePageAsIs),
            Test("takes the base path from where the operation was routed", DerivesBasePathFromRequest),
            Test("refuses a missing nextLink", () => Refuses(null, "NextLinkMissing")),
            Test("refuses an empty nextLink", () => Refuses("", "NextLinkMissing")),
            Test("refuses a path-only nextLink", () => Refuses("/api/orders?page=2", "NextLinkInvalid")),
            Test("refuses a relative nextLink", () => Refuses("orders?page=2", "NextLinkInvalid")),
            Test("refuses a protocol-relative nextLink", () => Refuses("//evil.example/api/orders", "NextLinkInvalid")),
            Test("refuses a repeated nextLink parameter", RefusesRepeatedParameter),
            Test("refuses an http nextLink", () => Refuses("http://sales.contoso.com/api/orders?page=2", "NextLinkNotHttps")),
            Test("refuses another scheme", () => Refuses("ftp://sales.contoso.com/api/orders", "NextLinkNotHttps")),
            Test("refuses user info in the nextLink", () => Refuses("https://user:secret@sales.contoso.com/api/orders?page=2", "NextLinkCredentials")),
            Test("refuses another host", () => Refuses("https://evil.example/api/orders?page=2", "NextLinkOtherHost")),
            Test("refuses a look-alike host", () => Refuses("https://sales.contoso.com.evil.example/api/orders?page=2", "NextLinkOtherHost")),
            Test("refuses another port", () => Refuses("https://sales.contoso.com:8443/api/orders?page=2", "NextLinkOtherHost")),
            Test("refuses a path outside the base path", () => Refuses("https://sales.contoso.com/admin/orders", "NextLinkOtherHost")),
            Test("refuses a path that only starts like the base path", () => Refuses("https://sales.contoso.com/apix/orders", "NextLinkOtherHost")),
            Test("refuses dot segments leaving the base path", () => Refuses("https://sales.contoso.com/api/../admin/orders", "NextLinkOtherHost")),
            Test("refuses escaped dot segments", () => Refuses("https://sales.contoso.com/api/%2e%2e/admin/orders", "NextLinkOtherHost")),
            Test("logs a refusal's code but not the link", LogsRefusalWithoutTheLink),
            Test("passes a 429 with Retry-After through unchanged", PassesThrottlingThrough),
            Test("passes a 500 error envelope through unchanged", PassesServerErrorThrough),
            Test("answers 504 UpstreamTimeout when the API does not answer within the budget", TimesOut),
            Test("keeps the default budget under the runtime's 5 s", DefaultBudgetUnderFiveSeconds),
            Test("refuses any other operation without sending", RefusesOtherOperation),
            Test("fails closed when the request did not arrive at /orders/nextpage", FailsClosedWhenMisrouted),
        };
        if (args.Length > 0)
        {
            string scriptPath = args[0];
            tests.Add(Test("the script stays well under the 1 MB limit", () => ScriptIsSmall(scriptPath)));
        }

        foreach (var test in tests)
        {
            try
            {
                test.Value().GetAwaiter().GetResult();
                passed++;
                Console.WriteLine("ok   " + test.Key);
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine("FAIL " + test.Key + ": " + e.Message);
            }
        }
        Console.WriteLine(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static KeyValuePair<string, Func<Task>> Test(string name, Func<Task> body)
    {
        return new KeyValuePair<string, Func<Task>>(name, body);
    }

    // --- arrange -------------------------------------------------------------------------------

    private static HttpRequestMessage NextPageRequest(string nextLink, string endpoint = Endpoint)
    {
        string uri = nextLink == null ? endpoint : endpoint + "?nextLink=" + Uri.EscapeDataString(nextLink);
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer connection-token");
        return request;
    }

    private static FakeContext Context(HttpRequestMessage request, HttpResponseMessage upstream)
    {
        return new FakeContext
        {
            Request = request,
            Upstream = (r, t) => Task.FromResult(upstream),
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body)
    {
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private static Task<HttpResponseMessage> Run(FakeContext context, TimeSpan? budget = null)
    {
        var script = new Script { Context = context, CancellationToken = CancellationToken.None };
        if (budget.HasValue)
        {
            script.UpstreamBudget = budget.Value;
        }
        return script.ExecuteAsync();
    }

    // --- assert --------------------------------------------------------------------------------

    private static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new Exception(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static void True(bool condition, string what)
    {
        if (!condition)
        {
            throw new Exception(what);
        }
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        IEnumerable<string> values;
        return response.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
    }

    private static string Header(HttpRequestMessage request, string name)
    {
        IEnumerable<string> values;
        return request.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
    }

    private static async Task ExpectEnvelope(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Equal(status, response.StatusCode, "status");
        Equal(code, Header(response, "x-ms-error-code"), "x-ms-error-code");
        Equal("application/json", response.Content.Headers.ContentType.MediaType, "content type");
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(body, XmlDictionaryReaderQuotas.Max))
        {
            XElement root = XElement.Load(reader);
            XElement error = root.Element("error");
            True(error != null, "the body has no error object");
            Equal(code, (string)error.Element("code"), "error.code");
            True(!string.IsNullOrEmpty((string)error.Element("message")), "error.message is empty");
        }
    }

    // --- tests ---------------------------------------------------------------------------------

    private static async Task ForwardsTheLinkAsGiven()
    {
        var context = Context(NextPageRequest(Page2), Json(HttpStatusCode.OK, "{\"items\":[]}"));
        await Run(context);
        Equal(1, context.Sent.Count, "requests sent");
        Equal(HttpMethod.Get, context.Sent[0].Method, "method");
        Equal(Page2, context.Sent[0].RequestUri.AbsoluteUri, "requested URL");
        True(context.Sent[0] != context.Request, "the incoming request (with its nextLink query) was forwarded");
    }

    private static async Task CopiesCredentialsAndClientRequestId()
    {
        var request = NextPageRequest(Page2);
        request.Headers.TryAddWithoutValidation("x-ms-client-request-id", "client-42");
        var context = Context(request, Json(HttpStatusCode.OK, "{\"items\":[]}"));
        await Run(context);
        Equal("Bearer connection-token", Header(context.Sent[0], "Authorization"), "Authorization");
        Equal("client-42", Header(context.Sent[0], "x-ms-client-request-id"), "x-ms-client-request-id");
    }

    private static async Task ReturnsThePageAsIs()
    {
        const string page = "{\"items\":[{\"id\":\"o-51\",\"total\":12.5}],\"nextLink\":\"https://sales.contoso.com/api/orders?page=3\"}";
        var upstream = Json(HttpStatusCode.OK, page);
        upstream.Headers.TryAddWithoutValidation("x-ms-request-id", "req-7");
        var context = Context(NextPageRequest(Page2), upstream);
        HttpResponseMessage response = await Run(context);
        Equal(HttpStatusCode.OK, response.StatusCode, "status");
        Equal(page, await response.Content.ReadAsStringAsync(), "body");
        Equal("req-7", Header(response, "x-ms-request-id"), "x-ms-request-id");
        Equal("application/json", response.Content.Headers.ContentType.MediaType, "content type");
    }

    private static async Task DerivesBasePathFromRequest()
    {
        const string endpoint = "https://sales.contoso.com/v2/orders/nextpage";
        var elsewhere = Context(NextPageRequest(Page2, endpoint), Json(HttpStatusCode.OK, "{}"));
        await ExpectEnvelope(await Run(elsewhere), HttpStatusCode.BadRequest, "NextLinkOtherHost");
        Equal(0, elsewhere.Sent.Count, "requests sent for a link outside /v2");

        const string v2Page = "https://sales.contoso.com/v2/orders?page=2";
        var inside = Context(NextPageRequest(v2Page, endpoint), Json(HttpStatusCode.OK, "{}"));
        await Run(inside);
        Equal(1, inside.Sent.Count, "requests sent for a link under /v2");
        Equal(v2Page, inside.Sent[0].RequestUri.AbsoluteUri, "requested URL");
    }

    private static async Task Refuses(string nextLink, string code)
    {
        var context = Context(NextPageRequest(nextLink), Json(HttpStatusCode.OK, "{}"));
        await ExpectEnvelope(await Run(context), HttpStatusCode.BadRequest, code);
        Equal(0, context.Sent.Count, "requests sent");
    }

    private static async Task RefusesRepeatedParameter()
    {
        string query = "?nextLink=" + Uri.EscapeDataString(Page2) + "&nextLink=" + Uri.EscapeDataString("https://evil.example/x");
        var request = new HttpRequestMessage(HttpMethod.Get, Endpoint + query);
        var context = Context(request, Json(HttpStatusCode.OK, "{}"));
        await ExpectEnvelope(await Run(context), HttpStatusCode.BadRequest, "NextLinkInvalid");
        Equal(0, context.Sent.Count, "requests sent");
    }

    private static async Task LogsRefusalWithoutTheLink()
    {
        const string link = "https://evil.example/steal?token=abc";
        var context = Context(NextPageRequest(link), Json(HttpStatusCode.OK, "{}"));
        await Run(context);
        True(context.FakeLogger.Entries.Any(e => e.Key == LogLevel.Warning && e.Value.Contains("NextLinkOtherHost")),
            "no warning names the refusal code");
        True(context.FakeLogger.Entries.All(e => !e.Value.Contains("evil.example")), "the log contains the link");
    }

    private static async Task PassesThrottlingThrough()
    {
        const string envelope = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}";
        var upstream = Json((HttpStatusCode)429, envelope);
        upstream.Headers.TryAddWithoutValidation("Retry-After", "7");
        upstream.Headers.TryAddWithoutValidation("x-ms-error-code", "TooManyRequests");
        HttpResponseMessage response = await Run(Context(NextPageRequest(Page2), upstream));
        Equal((HttpStatusCode)429, response.StatusCode, "status");
        Equal("7", Header(response, "Retry-After"), "Retry-After");
        Equal("TooManyRequests", Header(response, "x-ms-error-code"), "x-ms-error-code");
        Equal(envelope, await response.Content.ReadAsStringAsync(), "body");
    }

    private static async Task PassesServerErrorThrough()
    {
        const string envelope = "{\"error\":{\"code\":\"InternalError\",\"message\":\"Boom.\",\"innererror\":{\"code\":\"DbDown\"}}}";
        var upstream = Json(HttpStatusCode.InternalServerError, envelope);
        upstream.Headers.TryAddWithoutValidation("x-ms-error-code", "InternalError");
        HttpResponseMessage response = await Run(Context(NextPageRequest(Page2), upstream));
        Equal(HttpStatusCode.InternalServerError, response.StatusCode, "status");
        Equal("InternalError", Header(response, "x-ms-error-code"), "x-ms-error-code");
        Equal(envelope, await response.Content.ReadAsStringAsync(), "body");
    }

    private static async Task TimesOut()
    {
        var context = new FakeContext
        {
            Request = NextPageRequest(Page2),
            Upstream = async (r, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return Json(HttpStatusCode.OK, "{}");
            },
        };
        HttpResponseMessage response = await Run(context, TimeSpan.FromMilliseconds(20));
        await ExpectEnvelope(response, HttpStatusCode.GatewayTimeout, "UpstreamTimeout");
    }

    private static Task DefaultBudgetUnderFiveSeconds()
    {
        TimeSpan budget = new Script().UpstreamBudget;
        True(budget > TimeSpan.Zero && budget < TimeSpan.FromSeconds(5), "budget " + budget + " is not under 5 s");
        return Task.FromResult(0);
    }

    private static async Task RefusesOtherOperation()
    {
        var context = Context(NextPageRequest(Page2), Json(HttpStatusCode.OK, "{}"));
        context.OperationId = "ListOrders";
        await ExpectEnvelope(await Run(context), HttpStatusCode.BadRequest, "OperationNotSupported");
        Equal(0, context.Sent.Count, "requests sent");
    }

    private static async Task FailsClosedWhenMisrouted()
    {
        var context = Context(NextPageRequest(Page2, "https://sales.contoso.com/api/orders"), Json(HttpStatusCode.OK, "{}"));
        await ExpectEnvelope(await Run(context), HttpStatusCode.InternalServerError, "ConnectorMisconfigured");
        Equal(0, context.Sent.Count, "requests sent");
    }

    private static Task ScriptIsSmall(string path)
    {
        long bytes = new FileInfo(path).Length;
        True(bytes < 64 * 1024, "the script is " + bytes + " bytes");
        return Task.FromResult(0);
    }
}
