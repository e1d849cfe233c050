// Newly ingested articles, as the server streams them. Text goes in with textContent only.
(function () {
  var list = document.getElementById("live");
  if (!list || !window.EventSource) { return; }
  var source = new EventSource("/api/stream/articles");
  source.addEventListener("article", function (e) {
    var a = JSON.parse(e.data);
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = "/articles/" + encodeURIComponent(a.id);
    link.textContent = a.title || a.id;
    item.appendChild(link);
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 10) { list.removeChild(list.lastChild); }
  });
})();
