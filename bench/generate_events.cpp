// Writes deterministic HIP-47 events as JSONEachRow: `generate_events START COUNT [--old]`.
// Row i depends only on i, so any batch can be generated alone and both engines of the
// benchmark receive identical data. --old writes timestamps without milliseconds for
// ClickHouse 18.16, which has no DateTime64.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

namespace
{
/// SplitMix64: a fast, well-mixed function of the row number.
uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

template <size_t N>
const char * pick(const char * const (&choices)[N], uint64_t r)
{
    return choices[r % N];
}

/// Skewed choice: small indexes are much more frequent (teams, users), as in real traffic.
uint64_t skewed(uint64_t r, uint64_t n)
{
    double u = static_cast<double>(r % 1000000) / 1000000.0;
    return static_cast<uint64_t>(u * u * u * static_cast<double>(n));
}

const char * const events[] = {"$pageview", "$pageview", "$pageview", "$autocapture", "$llm_request", "$llm_request", "$identify", "signup", "purchase"};
const char * const browsers[] = {"Chrome", "Chrome", "Chrome", "Safari", "Safari", "Firefox", "Edge", "Opera"};
const char * const oses[] = {"Windows", "Mac OS X", "iOS", "Android", "Linux"};
const char * const devices[] = {"Desktop", "Mobile", "Tablet"};
const char * const countries[] = {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CA", "AU", "NL"};
const char * const cities[] = {"New York", "London", "Berlin", "Paris", "Mumbai", "Sao Paulo", "Tokyo", "Toronto", "Sydney", "Amsterdam"};
const char * const regions[] = {"NY", "ENG", "BE", "IDF", "MH", "SP", "13", "ON", "NSW", "NH"};
const char * const paths[] = {"/", "/pricing", "/docs", "/docs/api", "/blog", "/signup", "/login", "/dashboard", "/settings", "/chat"};
const char * const sources[] = {"", "", "google", "twitter", "newsletter", "github"};
const char * const mediums[] = {"", "", "cpc", "social", "email", "referral"};
const char * const campaigns[] = {"", "", "launch", "spring_sale", "devrel"};
const char * const models[] = {"zen-4", "zen-4-mini", "gpt-4o", "claude-sonnet", "llama-3-70b"};
const char * const providers[] = {"hanzo", "hanzo", "openai", "anthropic", "meta"};
const char * const referrers[] = {"", "https://www.google.com/", "https://twitter.com/", "https://github.com/", "https://news.ycombinator.com/"};
}

int main(int argc, char ** argv)
{
    if (argc < 3)
    {
        std::fprintf(stderr, "Usage: generate_events START COUNT [--old]\n");
        return 1;
    }
    uint64_t start = std::strtoull(argv[1], nullptr, 10);
    uint64_t count = std::strtoull(argv[2], nullptr, 10);
    bool old_format = argc > 3 && std::strcmp(argv[3], "--old") == 0;

    /// Events of 2026-01-01 .. 2026-03-31, in row order with jitter, as ingestion sees them.
    const int64_t begin_ms = 1767225600000LL;
    const int64_t span_ms = 90LL * 86400 * 1000;
    const uint64_t total_hint = 10000000;

    std::string line;
    line.reserve(2048);
    char buffer[1024];
    for (uint64_t i = start; i < start + count; ++i)
    {
        uint64_t r1 = mix(i), r2 = mix(i ^ 0xabcdef), r3 = mix(i * 31 + 7), r4 = mix(i * 131 + 11);
        int64_t ts = begin_ms + static_cast<int64_t>((i % total_hint) * (static_cast<uint64_t>(span_ms) / total_hint)) + static_cast<int64_t>(r1 % 60000);
        time_t seconds = static_cast<time_t>(ts / 1000);
        struct tm t;
        gmtime_r(&seconds, &t);
        char ts_text[40];
        if (old_format)
            std::snprintf(ts_text, sizeof(ts_text), "%04d-%02d-%02d %02d:%02d:%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
        else
            std::snprintf(ts_text, sizeof(ts_text), "%04d-%02d-%02d %02d:%02d:%02d.%03d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                          t.tm_min, t.tm_sec, static_cast<int>(ts % 1000));

        uint64_t team = 1 + skewed(r2, 100);
        uint64_t user = skewed(r3, 100000);
        const char * event = pick(events, r4);
        bool is_llm = std::strcmp(event, "$llm_request") == 0;
        const char * path = pick(paths, r1 >> 8);
        uint32_t tokens_prompt = is_llm ? static_cast<uint32_t>(50 + (r2 >> 20) % 4000) : 0;
        uint32_t tokens_completion = is_llm ? static_cast<uint32_t>(10 + (r3 >> 20) % 1500) : 0;
        uint64_t cost_units = is_llm ? (tokens_prompt * 3ULL + tokens_completion * 15ULL) * 10 : 0; /// in 1e-8 USD

        line.clear();
        std::snprintf(buffer, sizeof(buffer),
                      "{\"uuid\":\"%08x-%04x-4%03x-8%03x-%012llx\",\"team_id\":%llu,\"distinct_id\":\"user_%llu\",\"session_id\":\"s_%llu_%llu\","
                      "\"event\":\"%s\",\"timestamp\":\"%s\",",
                      static_cast<unsigned>(r1 >> 32), static_cast<unsigned>(r1 >> 16 & 0xffff), static_cast<unsigned>(r1 & 0xfff),
                      static_cast<unsigned>(r2 & 0xfff), static_cast<unsigned long long>(r3 & 0xffffffffffffULL),
                      static_cast<unsigned long long>(team), static_cast<unsigned long long>(user), static_cast<unsigned long long>(user),
                      static_cast<unsigned long long>(i / 50000), event, ts_text);
        line += buffer;
        std::snprintf(buffer, sizeof(buffer),
                      "\"properties\":\"{\\\"$current_url\\\":\\\"https://hanzo.ai%s\\\",\\\"plan\\\":\\\"%s\\\",\\\"ab\\\":%llu}\","
                      "\"url\":\"https://hanzo.ai%s\",\"referrer\":\"%s\",\"host\":\"hanzo.ai\",\"pathname\":\"%s\",",
                      path, (r4 >> 9) % 3 == 0 ? "pro" : "free", static_cast<unsigned long long>((r4 >> 12) % 2), path, pick(referrers, r2 >> 7),
                      path);
        line += buffer;
        std::snprintf(buffer, sizeof(buffer),
                      "\"browser\":\"%s\",\"browser_version\":\"%llu.0\",\"os\":\"%s\",\"os_version\":\"%llu\",\"device_type\":\"%s\","
                      "\"country_code\":\"%s\",\"city\":\"%s\",\"region\":\"%s\",\"utm_source\":\"%s\",\"utm_medium\":\"%s\",\"utm_campaign\":\"%s\",",
                      pick(browsers, r3 >> 5), static_cast<unsigned long long>(100 + (r3 >> 40) % 30), pick(oses, r1 >> 13),
                      static_cast<unsigned long long>(10 + (r1 >> 40) % 8), pick(devices, r2 >> 17), pick(countries, r4 >> 21),
                      pick(cities, r4 >> 21), pick(regions, r4 >> 21), pick(sources, r3 >> 27), pick(mediums, r3 >> 27), pick(campaigns, r3 >> 33));
        line += buffer;
        std::snprintf(buffer, sizeof(buffer),
                      "\"model\":\"%s\",\"provider\":\"%s\",\"tokens_prompt\":%u,\"tokens_completion\":%u,\"cost_usd\":%llu.%08llu,"
                      "\"organization_id\":\"org_%llu\",\"project_id\":\"proj_%llu\",\"api_key_id\":\"key_%llu\"}\n",
                      is_llm ? pick(models, r2 >> 3) : "", is_llm ? pick(providers, r2 >> 3) : "", tokens_prompt, tokens_completion,
                      static_cast<unsigned long long>(cost_units / 100000000), static_cast<unsigned long long>(cost_units % 100000000),
                      static_cast<unsigned long long>(team), static_cast<unsigned long long>(team * 10 + (r1 >> 50) % 3),
                      static_cast<unsigned long long>(team * 100 + (r2 >> 50) % 5));
        line += buffer;
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    return 0;
}
