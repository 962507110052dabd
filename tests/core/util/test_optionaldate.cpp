// OptionalDate keeps std::optional<QDate>'s meaning in half the room.
#include "catch.h"
#include "util/optionaldate.h"

#include <vector>

using reviewdesk::OptionalDate;

TEST_CASE("OptionalDate takes 8 bytes and starts absent")
{
    STATIC_REQUIRE(sizeof(OptionalDate) == 8);
    OptionalDate none;
    CHECK_FALSE(none.has_value());
    CHECK_FALSE(bool(none));
    CHECK(none.value_or(QDate(2024, 1, 2)) == QDate(2024, 1, 2));
    CHECK_THROWS_AS(none.value(), std::bad_optional_access);
    CHECK(std::optional<QDate>(none) == std::nullopt);
}

TEST_CASE("OptionalDate holds a date and gives it back")
{
    OptionalDate day = QDate(2023, 2, 28);
    REQUIRE(day.has_value());
    CHECK(*day == QDate(2023, 2, 28));
    CHECK(day->dayOfWeek() == 2); // a Tuesday
    CHECK(day.value() == QDate(2023, 2, 28));
    CHECK(std::optional<QDate>(day) == QDate(2023, 2, 28));

    day = std::optional<QDate>(QDate(1900, 1, 1));
    CHECK(*day == QDate(1900, 1, 1));
    day = std::nullopt;
    CHECK_FALSE(day.has_value());
    day = QDate(2100, 12, 31);
    day.reset();
    CHECK_FALSE(day.has_value());
}

TEST_CASE("OptionalDate keeps an invalid date apart from no date, as std::optional does")
{
    const OptionalDate invalid = QDate();
    CHECK(invalid.has_value());
    CHECK_FALSE((*invalid).isValid());
    CHECK(invalid != OptionalDate());
    CHECK(std::optional<QDate>(invalid) == std::optional<QDate>(QDate()));
}

TEST_CASE("OptionalDate compares exactly as std::optional<QDate> compares")
{
    const std::vector<std::optional<QDate>> values = {std::nullopt, QDate(), QDate(2024, 3, 1),
                                                      QDate(2024, 3, 4)};
    for (const auto& left : values) {
        const OptionalDate a = left;
        for (const auto& right : values) {
            const OptionalDate b = right;
            INFO("left " << (left ? left->toString().toStdString() : "absent") << ", right "
                         << (right ? right->toString().toStdString() : "absent"));
            CHECK((a == b) == (left == right));
            CHECK((a != b) == (left != right));
            // Against std::optional on either side.
            CHECK((a == right) == (left == right));
            CHECK((left == b) == (left == right));
            CHECK((a < right) == (left < right));
            CHECK((left < b) == (left < right));
            CHECK((a <= right) == (left <= right));
            CHECK((left >= b) == (left >= right));
            CHECK((a > right) == (left > right));
            if (right) {
                CHECK((a == *right) == (left == *right));
                CHECK((a < *right) == (left < *right));
                CHECK((a <= *right) == (left <= *right));
                CHECK((a > *right) == (left > *right));
                CHECK((a >= *right) == (left >= *right));
                CHECK((*right < a) == (*right < left));
                CHECK((*right >= a) == (*right >= left));
            }
        }
    }
}
