using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedNet.Signals.Tests.Download;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 (random free port) for download tests: GET with optional
/// <c>Range: bytes=N-</c>, 404 for unknown paths, and hooks to cut a transfer short or ignore ranges.
/// </summary>
internal sealed class FixtureHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();

    public FixtureHttpServer(IDictionary<string, byte[]> files)
    {
        Files = new Dictionary<string, byte[]>(files);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/data/");
        _ = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }

    public Dictionary<string, byte[]> Files { get; }

    /// <summary>Every request as "path range" (range empty when absent).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>(path, 1-based request number for that path) → bytes to send before closing the connection, or null for all.</summary>
    public Func<string, int, int?> TruncateAfter { get; set; } = (_, _) => null;

    public bool IgnoreRange { get; set; }

    /// <summary>(path, request number) → true to accept the connection and never answer.</summary>
    public Func<string, int, bool> NeverAnswer { get; set; } = (_, _) => false;

    /// <summary>(path, request number) → bytes of the body to send before stalling (connection kept open), or null.</summary>
    public Func<string, int, int?> StallAfter { get; set; } = (_, _) => null;

    /// <summary>(path, request number) → a status code to answer instead of the file (e.g. 503), or null.</summary>
    public Func<string, int, int?> FailWith { get; set; } = (_, _) => null;

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => Handle(client));
        }
    }

    private async Task Handle(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var header = new StringBuilder();
            var one = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
            {
                header.Append((char)one[0]);
            }

            var lines = header.ToString().Split("\r\n");
            var path = lines[0].Split(' ')[1];
            path = path.StartsWith("/data/", StringComparison.Ordinal) ? path["/data/".Length..] : path;
            string range = string.Empty;
            foreach (var l in lines)
            {
                if (l.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))
                {
                    range = l["Range:".Length..].Trim();
                }
            }

            Requests.Enqueue($"{path} {range}".TrimEnd());
            int hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (NeverAnswer(path, hit))
            {
                await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            if (FailWith(path, hit) is { } code)
            {
                await Write(stream, $"HTTP/1.1 {code} Failure\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", ReadOnlyMemory<byte>.Empty);
                return;
            }

            if (!Files.TryGetValue(path, out var body))
            {
                await Write(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", ReadOnlyMemory<byte>.Empty);
                return;
            }

            long start = 0;
            string status = "200 OK", extra = string.Empty;
            if (range.StartsWith("bytes=", StringComparison.Ordinal) && !IgnoreRange)
            {
                start = long.Parse(range["bytes=".Length..].TrimEnd('-'), CultureInfo.InvariantCulture);
                if (start >= body.Length)
                {
                    await Write(stream, $"HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{body.Length}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", ReadOnlyMemory<byte>.Empty);
                    return;
                }

                status = "206 Partial Content";
                extra = $"Content-Range: bytes {start}-{body.Length - 1}/{body.Length}\r\n";
            }

            var payload = body.AsMemory((int)start);
            var head = $"HTTP/1.1 {status}\r\n{extra}Content-Length: {payload.Length}\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n";
            if (StallAfter(path, hit) is { } stallAt)
            {
                await Write(stream, head, payload[..Math.Min(stallAt, payload.Length)]);
                await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            int? cut = TruncateAfter(path, hit);
            await Write(stream, head, cut is { } n ? payload[..Math.Min(n, payload.Length)] : payload);
        }
    }

    private static async Task Write(NetworkStream stream, string head, ReadOnlyMemory<byte> body)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
