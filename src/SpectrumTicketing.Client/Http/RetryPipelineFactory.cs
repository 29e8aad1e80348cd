using System;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace SpectrumTicketing.Http
{
    /// <summary>Builds the Polly retry pipelines: capped exponential backoff with jitter, Retry-After honoured.</summary>
    internal static class RetryPipelineFactory
    {
        public static readonly ResiliencePropertyKey<ISpectrumLog> LogKey = new ResiliencePropertyKey<ISpectrumLog>("spectrum.log");

        public static readonly ResiliencePropertyKey<ApiRequest> RequestKey = new ResiliencePropertyKey<ApiRequest>("spectrum.request");

        public static ResiliencePipeline<ApiResponse> Create(SpectrumClientOptions options, RetryMode mode)
        {
            var builder = new ResiliencePipelineBuilder<ApiResponse> { TimeProvider = options.TimeProvider };
            if (options.MaxRetries <= 0)
            {
                return builder.Build();
            }

            return builder.AddRetry(new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => new ValueTask<bool>(mode == RetryMode.Idempotent
                    ? FailureClassifier.IsTransient(args.Outcome)
                    : FailureClassifier.IsSafeToRepeatWrite(args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfterDelay(args.Outcome, options.RetryMaxDelay)),
                OnRetry = args =>
                {
                    LogRetry(args, options.MaxRetries);
                    return default;
                },
            }).Build();
        }

        private static TimeSpan? RetryAfterDelay(Outcome<ApiResponse> outcome, TimeSpan maxDelay)
        {
            TimeSpan? retryAfter = outcome.Result?.RetryAfter;
            if (!retryAfter.HasValue)
            {
                return null;
            }

            if (retryAfter.Value < TimeSpan.Zero)
            {
                return TimeSpan.Zero;
            }

            return retryAfter.Value > maxDelay ? maxDelay : retryAfter.Value;
        }

        private static void LogRetry(OnRetryArguments<ApiResponse> args, int maxRetries)
        {
            if (!args.Context.Properties.TryGetValue(LogKey, out ISpectrumLog? log)
                || !args.Context.Properties.TryGetValue(RequestKey, out ApiRequest? request)
                || log is null || request is null)
            {
                return;
            }

            string reason = args.Outcome.Exception != null
                ? args.Outcome.Exception.Message
                : $"{(int)args.Outcome.Result!.StatusCode} {args.Outcome.Result.StatusCode}";
            log.Verbose(Messages.Retrying(request, reason, args.RetryDelay, args.AttemptNumber + 1, maxRetries));
        }
    }
}
