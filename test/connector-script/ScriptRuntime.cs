// The custom code runtime's documented surface (Learn: "Write code in a custom connector"), enough to
// compile Solutions/connector/script.csx and drive it from tests. Member names and types follow the
// documentation; the internal setters exist only so tests can supply a context.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public abstract class ScriptBase
{
    public IScriptContext Context { get; internal set; }

    public CancellationToken CancellationToken { get; internal set; }

    public static StringContent CreateJsonContent(string serializedJson)
    {
        return new StringContent(serializedJson, System.Text.Encoding.UTF8, "application/json");
    }

    public abstract Task<HttpResponseMessage> ExecuteAsync();
}

public interface IScriptContext
{
    string CorrelationId { get; }

    string OperationId { get; }

    HttpRequestMessage Request { get; }

    ILogger Logger { get; }

    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}

// Mono ships no Microsoft.Extensions.Logging. This is the package's ILogger interface and the two
// LoggerExtensions methods the script calls, with the package's names and signatures, so the script
// compiles here and against the real package alike.
namespace Microsoft.Extensions.Logging
{
    public enum LogLevel
    {
        Trace = 0,
        Debug = 1,
        Information = 2,
        Warning = 3,
        Error = 4,
        Critical = 5,
        None = 6,
    }

    public struct EventId
    {
        public EventId(int id, string name = null)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }

        public string Name { get; }
    }

    public interface ILogger
    {
        void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception,
            Func<TState, Exception, string> formatter);

        bool IsEnabled(LogLevel logLevel);

        IDisposable BeginScope<TState>(TState state);
    }

    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args)
        {
            Write(logger, LogLevel.Information, message, args);
        }

        public static void LogWarning(this ILogger logger, string message, params object[] args)
        {
            Write(logger, LogLevel.Warning, message, args);
        }

        // The package keeps the template and its arguments (structured logging); tests read both.
        private static void Write(ILogger logger, LogLevel level, string message, object[] args)
        {
            var state = new LogRecord(message, args);
            logger.Log(level, default(EventId), state, null, (s, e) => s.ToString());
        }
    }

    public sealed class LogRecord
    {
        public LogRecord(string template, object[] args)
        {
            Template = template;
            Args = args;
        }

        public string Template { get; }

        public object[] Args { get; }

        public override string ToString()
        {
            return Template + " [" + string.Join(", ", Args) + "]";
        }
    }
}
