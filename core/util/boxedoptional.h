// An optional value kept on the heap, for a member that is usually absent
// from a structure held by the tens of thousands: empty, it takes the room of
// one pointer instead of the whole value. It reads like std::optional.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace reviewdesk {

template <typename T>
class BoxedOptional
{
public:
    BoxedOptional() = default;
    BoxedOptional(std::nullopt_t) {}
    BoxedOptional(const T& value) : m_value(std::make_unique<T>(value)) {}
    BoxedOptional(T&& value) : m_value(std::make_unique<T>(std::move(value))) {}
    BoxedOptional(std::optional<T> value)
    {
        if (value)
            m_value = std::make_unique<T>(std::move(*value));
    }
    BoxedOptional(const BoxedOptional& other)
        : m_value(other ? std::make_unique<T>(*other) : nullptr)
    {}
    BoxedOptional(BoxedOptional&&) noexcept = default;
    ~BoxedOptional() = default;

    BoxedOptional& operator=(const BoxedOptional& other)
    {
        if (this != &other)
            assign(other.m_value.get());
        return *this;
    }
    BoxedOptional& operator=(BoxedOptional&&) noexcept = default;
    BoxedOptional& operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }
    BoxedOptional& operator=(const T& value)
    {
        assign(&value);
        return *this;
    }
    BoxedOptional& operator=(T&& value)
    {
        if (m_value)
            *m_value = std::move(value);
        else
            m_value = std::make_unique<T>(std::move(value));
        return *this;
    }
    BoxedOptional& operator=(std::optional<T> value)
    {
        if (value)
            return *this = std::move(*value);
        m_value.reset();
        return *this;
    }

    bool has_value() const noexcept { return m_value != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }

    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return m_value.get(); }
    const T* operator->() const { return m_value.get(); }

    const T& value() const
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    void reset() noexcept { m_value.reset(); }
    template <typename... Arguments>
    T& emplace(Arguments&&... arguments)
    {
        m_value = std::make_unique<T>(std::forward<Arguments>(arguments)...);
        return *m_value;
    }

private:
    void assign(const T* value)
    {
        if (!value)
            m_value.reset();
        else if (m_value)
            *m_value = *value;
        else
            m_value = std::make_unique<T>(*value);
    }

    std::unique_ptr<T> m_value;
};

} // namespace reviewdesk
