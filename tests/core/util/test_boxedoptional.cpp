// BoxedOptional reads like std::optional and keeps its value on the heap.
#include "catch.h"
#include "util/boxedoptional.h"

#include <QString>

using reviewdesk::BoxedOptional;

namespace {

struct Review
{
    int id = 0;
    QString reviewer;
};

} // namespace

TEST_CASE("An empty BoxedOptional takes the room of one pointer")
{
    STATIC_REQUIRE(sizeof(BoxedOptional<Review>) == sizeof(void*));
    BoxedOptional<Review> none;
    CHECK_FALSE(none.has_value());
    CHECK_FALSE(bool(none));
    CHECK(none.value_or(Review{7, QStringLiteral("fallback")}).id == 7);
    CHECK_THROWS_AS(none.value(), std::bad_optional_access);
}

TEST_CASE("BoxedOptional holds, replaces and drops a value")
{
    BoxedOptional<Review> review = Review{1, QStringLiteral("A. Reviewer")};
    REQUIRE(review.has_value());
    CHECK(review->id == 1);
    CHECK((*review).reviewer == QStringLiteral("A. Reviewer"));
    CHECK(review.value().id == 1);

    review = Review{2, QStringLiteral("B. Reviewer")};
    CHECK(review->id == 2);
    review->id = 3;
    CHECK(review.value_or(Review{}).id == 3);

    review = std::nullopt;
    CHECK_FALSE(review.has_value());
    CHECK(review.emplace(Review{4, QString()}).id == 4);
    review.reset();
    CHECK_FALSE(review.has_value());
}

TEST_CASE("BoxedOptional copies deeply and moves by handing over")
{
    BoxedOptional<Review> original = Review{5, QStringLiteral("C. Reviewer")};
    BoxedOptional<Review> copy = original;
    copy->reviewer = QStringLiteral("changed");
    CHECK(original->reviewer == QStringLiteral("C. Reviewer"));
    CHECK(&*copy != &*original);

    BoxedOptional<Review> assigned;
    assigned = original;
    CHECK(assigned->id == 5);
    assigned = BoxedOptional<Review>();
    CHECK_FALSE(assigned.has_value());

    const Review* held = &*original;
    BoxedOptional<Review> moved = std::move(original);
    CHECK(&*moved == held);
}

TEST_CASE("BoxedOptional takes a std::optional, empty or not")
{
    BoxedOptional<Review> fromEmpty = std::optional<Review>();
    CHECK_FALSE(fromEmpty.has_value());
    BoxedOptional<Review> fromValue = std::optional<Review>(Review{6, QString()});
    REQUIRE(fromValue.has_value());
    CHECK(fromValue->id == 6);
    fromValue = std::optional<Review>();
    CHECK_FALSE(fromValue.has_value());
}
