// Synthetic B2B leads for the demo workspace, and the built-in "B2B tiers" template. The generator
// uses its own PRNG and no std:: distributions (their output differs between standard libraries),
// so a seed gives the same bytes everywhere (only exp/log/pow/sqrt come from the C library), and the
// first K rows of a run of N > K leads equal a run of K.
#include "demogenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

namespace {

// xoshiro256** seeded through splitmix64 (Blackman & Vigna): fast, well distributed, and fully
// specified, unlike std::mt19937 + std:: distributions.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& s : mState)
            s = splitMix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(mState[1] * 5, 7) * 9;
        const quint64 t = mState[1] << 17;
        mState[2] ^= mState[0];
        mState[3] ^= mState[1];
        mState[1] ^= mState[2];
        mState[0] ^= mState[3];
        mState[2] ^= t;
        mState[3] = rotl(mState[3], 45);
        return result;
    }

    // [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // [0, n); the bias of the multiply-shift method is below 2^-32 for the small n used here.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }

    // [lo, hi], inclusive.
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }

    bool chance(double p) { return uniform() < p; }

    // Exponential with mean 1. 1 - u is in (0, 1], so the log is finite.
    double exponential() { return -std::log(1.0 - uniform()); }

    // Standard normal by Marsaglia's polar method: needs only log and sqrt, no trigonometry.
    double normal()
    {
        for (;;) {
            const double u = 2.0 * uniform() - 1.0;
            const double v = 2.0 * uniform() - 1.0;
            const double s = u * u + v * v;
            if (s > 0.0 && s < 1.0)
                return u * std::sqrt(-2.0 * std::log(s) / s);
        }
    }

    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    static quint64 splitMix64(quint64& x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::array<quint64, 4> mState{};
};

template<typename T>
struct Weighted
{
    T value;
    double weight;
};

// Picks a value with probability proportional to its weight.
template<typename T>
class WeightedPicker
{
public:
    WeightedPicker(std::initializer_list<Weighted<T>> items)
    {
        double total = 0.0;
        for (const auto& item : items)
            total += item.weight;
        double acc = 0.0;
        for (const auto& item : items) {
            acc += item.weight / total;
            mValues.push_back(item.value);
            mCumulative.push_back(acc);
        }
        mCumulative.back() = 1.0; // rounding must not leave a gap at the top
    }

    const T& pick(Rng& rng) const
    {
        const double u = rng.uniform();
        size_t i = 0;
        while (u >= mCumulative[i])
            ++i;
        return mValues[i];
    }

private:
    std::vector<T> mValues;
    std::vector<double> mCumulative;
};

template<typename T, size_t N>
const T& anyOf(Rng& rng, const std::array<T, N>& items)
{
    return items[rng.below(quint32(N))];
}

using Sv = std::string_view;

enum class Seniority { CLevel, Vp, Director, Manager, Senior, Entry, Unknown };

struct CompanyWithDomain
{
    Sv name;
    Sv domain;
};

constexpr std::array<Sv, 19> kHeader = {
    "lead_id", "email", "company", "job_title", "seniority", "industry", "country", "zip",
    "employees", "annual_revenue", "tech_stack", "lead_source", "email_opens",
    "pricing_page_visits", "webinar_attended", "demo_requested", "created_at", "last_activity",
    "converted"};

constexpr std::array<Sv, 10> kDepartments = {
    "Marketing", "Sales", "Engineering", "Operations", "Finance", "IT", "Product",
    "Customer Success", "Revenue Operations", "Demand Generation"};
constexpr std::array<Sv, 8> kChiefTitles = {"CEO", "CTO", "CMO", "CFO", "COO", "CRO", "CIO", "Founder"};
constexpr std::array<Sv, 16> kTools = {
    "Salesforce", "HubSpot", "Marketo", "Pardot", "Slack", "Zendesk", "Intercom", "Segment",
    "Snowflake", "AWS", "Azure", "Google Cloud", "Shopify", "Stripe", "Jira", "Tableau"};
constexpr std::array<Sv, 36> kFirstNames = {
    "james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "david",
    "elena", "william", "nadia", "richard", "susan", "joseph", "jessica", "thomas", "sarah",
    "priya", "wei", "lukas", "sofia", "mateo", "amara", "yuki", "omar", "chloe", "noah", "emma",
    "arjun", "lea", "hugo", "ines", "kofi", "anna", "jonas"};
constexpr std::array<Sv, 36> kLastNames = {
    "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "martinez",
    "lopez", "wilson", "anderson", "taylor", "thomas", "moore", "martin", "lee", "walker",
    "patel", "kumar", "chen", "wang", "schmidt", "mueller", "dubois", "rossi", "tanaka", "silva",
    "nguyen", "kim", "okafor", "haddad", "larsen", "novak", "obrien", "costa"};
constexpr std::array<Sv, 24> kNameStems = {
    "Acme", "Blue", "North", "Bright", "Summit", "Apex", "Vertex", "Silver", "Evergreen",
    "Pacific", "Atlas", "Nimbus", "Quantum", "Redwood", "Iron", "Clear", "Orbit", "Nova", "Prime",
    "Harbor", "Cedar", "Falcon", "Granite", "Lumen"};
constexpr std::array<Sv, 20> kNameTopics = {
    "Data", "Cloud", "Logic", "Works", "Dynamics", "Health", "Analytics", "Labs", "Retail",
    "Freight", "Energy", "Media", "Capital", "Foods", "Robotics", "Learning", "Networks", "Bio",
    "Metrics", "Supply"};
constexpr std::array<Sv, 10> kLegalSuffixes = {
    "Inc.", "LLC", "Ltd", "Group", "Corp.", "Co.", "GmbH", "Technologies", "Systems", "Partners"};
// Non-ASCII names exercise encoding handling end to end; their domains stay ASCII like real ones.
constexpr std::array<CompanyWithDomain, 8> kInternationalCompanies = {{
    {"Müller Logistik GmbH", "mueller-logistik.de"},
    {"Société Générale de Données", "sgdonnees.fr"},
    {"Nordström Analys AB", "nordstromanalys.se"},
    {"Café Überall", "cafe-ueberall.de"},
    {"Łódź Software", "lodzsoftware.pl"},
    {"São Paulo Tecnologia", "sptecnologia.com.br"},
    {"Zürich Präzision AG", "zuerich-praezision.ch"},
    {"Crème Digital SARL", "cremedigital.fr"},
}};
constexpr std::array<Sv, 10> kUkPostcodes = {
    "EC1A 1BB", "SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EH1 1YZ",
    "LS1 4AP", "BS1 5TR"};
constexpr std::array<Sv, 6> kCaPostcodes = {"M5V 2T6", "H2X 1Y4", "V6B 4Y8", "T2P 1J9", "K1P 5G3", "R3C 4T3"};
constexpr std::array<Sv, 5> kNlPostcodes = {"1012 AB", "3011 CD", "2511 BT", "3511 LN", "5611 AZ"};

// A lead source sets how interested its leads tend to be: interest = u^exponent, so a smaller
// exponent means warmer leads (referrals and webinar sign-ups beat cold outbound).
struct LeadSource
{
    Sv name;
    double interestExponent;
};

// The latest date in the data; with it as the as-of date the template's "last 30 days" rule bites.
constexpr int kAnchorYear = 2026, kAnchorMonth = 11, kAnchorDay = 8;

void appendInt(std::string& out, qint64 value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

void appendPadded(std::string& out, qint64 value, int width)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    for (int pad = width - int(res.ptr - buf); pad > 0; --pad)
        out.push_back('0');
    out.append(buf, res.ptr);
}

// RFC 4180 with minimal quoting: only fields holding the delimiter, a quote, CR or LF are quoted.
void appendField(std::string& out, Sv s)
{
    if (s.find_first_of(",\"\r\n") == Sv::npos) {
        out.append(s);
        return;
    }
    out.push_back('"');
    for (char c : s) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendLowerAscii(std::string& out, Sv s)
{
    for (char c : s)
        out.push_back((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
}

// A short write (e.g. the file-size limit reached mid-chunk) sets no error; writing the rest
// then fails with the real reason, which is what the user needs to see.
bool writeAll(QSaveFile& file, const std::string& buf)
{
    const char* data = buf.data();
    qint64 left = qint64(buf.size());
    while (left > 0) {
        const qint64 written = file.write(data, left);
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

bool writeDemoCsv(const QString& path, const DemoOptions& options, QString* error)
{
    auto fail = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("sd::DemoGenerator", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (options.leads < 0)
        return fail(QCoreApplication::translate("sd::DemoGenerator", "the number of leads must not be negative"));

    const WeightedPicker<Seniority> seniorityPicker{
        {Seniority::CLevel, 5}, {Seniority::Vp, 8}, {Seniority::Director, 15}, {Seniority::Manager, 24},
        {Seniority::Senior, 18}, {Seniority::Entry, 26}, {Seniority::Unknown, 4}};
    const WeightedPicker<Sv> industryPicker{
        {"Software", 18}, {"Financial Services", 11}, {"Healthcare", 10}, {"Manufacturing", 10},
        {"Retail", 8}, {"Education", 6}, {"Media & Entertainment", 5}, {"Telecommunications", 5},
        {"Professional Services", 10}, {"Logistics", 6}, {"Energy", 4}, {"Government", 4}, {"", 1.0}};
    const WeightedPicker<Sv> countryPicker{
        {"United States", 44}, {"United Kingdom", 10}, {"Germany", 8}, {"Canada", 6}, {"France", 5},
        {"India", 5}, {"Australia", 4}, {"Netherlands", 3}, {"Brazil", 3}, {"Spain", 2},
        {"Sweden", 2}, {"Japan", 2}, {"Singapore", 2}, {"Ireland", 1.5}, {"Mexico", 1.5},
        {"Türkiye", 1}};
    const WeightedPicker<LeadSource> sourcePicker{
        {{"Organic Search", 1.6}, 22}, {{"Paid Search", 1.9}, 14}, {{"LinkedIn Ads", 1.9}, 11},
        {{"Webinar", 1.2}, 8}, {{"Referral", 1.2}, 7}, {{"Event", 1.4}, 6}, {{"Outbound", 2.3}, 12},
        {{"Partner", 1.4}, 5}, {{"Content Download", 1.7}, 10}, {{"Direct", 1.5}, 5}};
    const WeightedPicker<int> toolCountPicker{{0, 14}, {1, 22}, {2, 25}, {3, 19}, {4, 12}, {5, 8}};

    // Every date the data can hold, as text, indexed by days before the anchor.
    const QDate anchor(kAnchorYear, kAnchorMonth, kAnchorDay);
    const int activityDays = int(QDate(2025, 1, 1).daysTo(anchor));
    const int createdDays = int(QDate(2023, 1, 1).daysTo(anchor));
    std::vector<std::array<char, 10>> dates(size_t(createdDays) + 1);
    for (int k = 0; k <= createdDays; ++k) {
        const QByteArray iso = anchor.addDays(-k).toString(Qt::ISODate).toLatin1();
        std::copy_n(iso.constData(), 10, dates[size_t(k)].data());
    }
    auto appendDate = [&](std::string& out, int daysAgo) { out.append(dates[size_t(daysAgo)].data(), 10); };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    constexpr size_t kChunk = size_t(1) << 20;
    std::string buf;
    buf.reserve(kChunk + 4096);
    for (size_t i = 0; i < kHeader.size(); ++i) {
        if (i)
            buf.push_back(',');
        buf.append(kHeader[i]);
    }
    buf.push_back('\n');

    Rng rng(options.seed);
    std::string company, title, tech, ownDomain;
    company.reserve(64);
    ownDomain.reserve(64);
    title.reserve(64);
    tech.reserve(96);
    const double revenueMu = std::log(150000.0);

    for (qint64 n = 1; n <= options.leads; ++n) {
        const LeadSource& source = sourcePicker.pick(rng);
        // Latent interest in [0, 1): skewed low, since most leads never become engaged.
        const double interest = std::pow(rng.uniform(), source.interestExponent);

        // Firmographics. Employees: log-normal, median about 80, so roughly 1 in 10 leads is
        // enterprise (>= 1000) and 2 in 10 mid-market.
        qint64 employees = -1;
        if (!rng.chance(0.03)) {
            employees = qint64(rng.logNormal(4.4, 1.9) + 0.5);
            employees = std::clamp<qint64>(employees, 1, 50000);
        }
        qint64 revenue = -1;
        if (employees > 0 && !rng.chance(0.052))
            revenue = std::max<qint64>(1, qint64(double(employees) * rng.logNormal(revenueMu, 0.6) / 1000.0 + 0.5)) * 1000;

        const Sv stem = anyOf(rng, kNameStems);
        const Sv topic = anyOf(rng, kNameTopics);
        const Sv suffix = anyOf(rng, kLegalSuffixes);
        const double nameKind = rng.uniform();
        const bool dotIo = rng.chance(0.2);
        company.clear();
        Sv domain;
        if (nameKind < 0.01) {
            const CompanyWithDomain& c = anyOf(rng, kInternationalCompanies);
            company.append(c.name);
            domain = c.domain;
        } else {
            if (nameKind < 0.013) {
                company.append("The \"").append(stem).append("\" ").append(topic).append(" Company");
            } else if (nameKind < 0.093) {
                company.append(stem).append(" ").append(topic).append(", ").append(suffix);
            } else {
                company.append(stem).append(" ").append(topic).append(" ").append(suffix);
            }
            ownDomain.clear();
            appendLowerAscii(ownDomain, stem);
            appendLowerAscii(ownDomain, topic);
            ownDomain.append(dotIo ? ".io" : ".com");
            domain = ownDomain;
        }
        const Sv firstName = anyOf(rng, kFirstNames);
        const Sv lastName = anyOf(rng, kLastNames);

        const Seniority seniority = seniorityPicker.pick(rng);
        const Sv dept = anyOf(rng, kDepartments);
        const bool titleVariant = rng.chance(0.5);
        Sv seniorityText;
        title.clear();
        switch (seniority) {
        case Seniority::CLevel:
            seniorityText = "C-Level";
            title.append(anyOf(rng, kChiefTitles));
            break;
        case Seniority::Vp:
            seniorityText = "VP";
            title.append(titleVariant ? "VP, " : "VP of ").append(dept);
            break;
        case Seniority::Director:
            seniorityText = "Director";
            title.append(titleVariant ? "Director of " : "Head of ").append(dept);
            break;
        case Seniority::Manager:
            seniorityText = "Manager";
            title.append(dept).append(" Manager");
            break;
        case Seniority::Senior:
            seniorityText = "Senior";
            title.append("Senior ").append(dept).append(titleVariant ? " Specialist" : " Analyst");
            break;
        case Seniority::Entry:
            seniorityText = "Entry";
            title.append(dept).append(titleVariant ? " Coordinator" : " Associate");
            break;
        case Seniority::Unknown:
            // Half of the leads without a seniority have no title either; the rest a vague one.
            if (titleVariant)
                title.append("Consultant");
            break;
        }

        const Sv industry = industryPicker.pick(rng);
        const Sv country = countryPicker.pick(rng);
        const bool zipEmpty = rng.chance(0.02);

        // Larger companies run more tools.
        int toolCount = toolCountPicker.pick(rng);
        if (employees >= 1000 && toolCount < 5 && rng.chance(0.5))
            ++toolCount;
        tech.clear();
        {
            // A partial Fisher-Yates shuffle gives distinct tools.
            std::array<quint8, kTools.size()> order;
            for (size_t t = 0; t < order.size(); ++t)
                order[t] = quint8(t);
            for (int t = 0; t < toolCount; ++t) {
                const size_t j = size_t(t) + rng.below(quint32(order.size() - size_t(t)));
                std::swap(order[size_t(t)], order[j]);
                if (t)
                    tech.push_back(';');
                tech.append(kTools[order[size_t(t)]]);
            }
        }

        // Behaviour: one latent interest drives every signal, so they agree with each other the
        // way real engagement data does.
        qint64 opens = std::min<qint64>(150, qint64(rng.exponential() * (1.0 + 22.0 * interest)));
        const bool opensEmpty = rng.chance(0.01);
        qint64 pricingVisits = 0;
        if (rng.chance(0.08 + 0.62 * interest))
            pricingVisits = 1 + qint64(rng.exponential() * (1.0 + 4.0 * interest));
        const bool pricingEmpty = rng.chance(0.01);
        const bool webinar = rng.chance(0.04 + 0.46 * interest);
        const bool webinarEmpty = rng.chance(0.02);
        const bool demo = rng.chance(0.01 + 0.5 * interest * interest + (employees >= 200 ? 0.03 : 0.0));
        const bool demoEmpty = rng.chance(0.01);

        // Days since the last activity: recent for interested leads; created before that.
        int activityAgo = int(rng.exponential() * (20.0 + 230.0 * (1.0 - interest)));
        if (activityAgo > activityDays)
            activityAgo = rng.range(0, activityDays);
        int createdAgo = activityAgo + int(rng.exponential() * 270.0);
        if (createdAgo > createdDays)
            createdAgo = rng.range(activityAgo, createdDays);
        const bool activityEmpty = rng.chance(0.05);

        // Outcome: the engagement the template scores (from the true values, so the score stays
        // predictive even where a cell is missing), a demo request and company size.
        const int engagement = int(std::min<qint64>(opens, 20)) + (pricingVisits >= 1 ? 15 : 0)
                               + (webinar ? 20 : 0) + (demo ? 30 : 0) + (activityAgo <= 30 ? 10 : 0);
        double sizeEffect = -0.9;
        if (employees >= 1000)
            sizeEffect = 0.55;
        else if (employees >= 200)
            sizeEffect = 0.3;
        else if (employees >= 50)
            sizeEffect = -0.1;
        else if (employees >= 1)
            sizeEffect = -0.45;
        const bool decisionMaker = seniority == Seniority::CLevel || seniority == Seniority::Vp
                                   || seniority == Seniority::Director;
        const double logit = -3.75 + 0.032 * engagement + 1.1 * (demo ? 1 : 0) + sizeEffect
                             + 0.9 * interest + (decisionMaker ? 0.2 : 0.0);
        const bool converted = rng.chance(1.0 / (1.0 + std::exp(-logit)));

        // The row.
        buf.push_back('L');
        appendPadded(buf, n, 7);
        buf.push_back(',');
        buf.append(firstName).append(".").append(lastName);
        appendInt(buf, n); // the lead number keeps every address unique
        buf.push_back('@');
        buf.append(domain);
        buf.push_back(',');
        appendField(buf, company);
        buf.push_back(',');
        appendField(buf, title);
        buf.push_back(',');
        buf.append(seniorityText);
        buf.push_back(',');
        appendField(buf, industry);
        buf.push_back(',');
        buf.append(country);
        buf.push_back(',');
        if (!zipEmpty) {
            if (country == "United States")
                appendPadded(buf, rng.range(501, 99950), 5);
            else if (country == "Germany" || country == "France" || country == "Spain" || country == "Mexico")
                appendPadded(buf, rng.range(1001, 99998), 5);
            else if (country == "United Kingdom")
                buf.append(anyOf(rng, kUkPostcodes));
            else if (country == "Canada")
                buf.append(anyOf(rng, kCaPostcodes));
            else if (country == "Netherlands")
                buf.append(anyOf(rng, kNlPostcodes));
            else if (country == "India")
                appendInt(buf, rng.range(110001, 855117));
            else
                appendPadded(buf, rng.range(200, 9999), 4);
        }
        buf.push_back(',');
        if (employees > 0)
            appendInt(buf, employees);
        buf.push_back(',');
        if (revenue > 0)
            appendInt(buf, revenue);
        buf.push_back(',');
        buf.append(tech);
        buf.push_back(',');
        buf.append(source.name);
        buf.push_back(',');
        if (!opensEmpty)
            appendInt(buf, opens);
        buf.push_back(',');
        if (!pricingEmpty)
            appendInt(buf, pricingVisits);
        buf.push_back(',');
        if (!webinarEmpty)
            buf.append(webinar ? "yes" : "no");
        buf.push_back(',');
        if (!demoEmpty)
            buf.append(demo ? "true" : "false");
        buf.push_back(',');
        appendDate(buf, createdAgo);
        buf.push_back(',');
        if (!activityEmpty)
            appendDate(buf, activityAgo);
        buf.push_back(',');
        buf.push_back(converted ? '1' : '0');
        buf.push_back('\n');

        if (buf.size() >= kChunk) {
            if (!writeAll(file, buf))
                return fail(file.errorString());
            buf.clear();
        }
    }
    if (!writeAll(file, buf))
        return fail(file.errorString());
    // QSaveFile renames over the target only here; on any earlier return its destructor removes
    // the temporary file, so no half-written CSV is ever left behind.
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QByteArray b2bTiersTemplate()
{
    // No Q_INIT_RESOURCE: core/CMakeLists.txt adds the resources with the target form of
    // qt_add_resources, an object library that every consumer links, so they register themselves.
    QFile file(QStringLiteral(":/templates/b2b-tiers.rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace sd
